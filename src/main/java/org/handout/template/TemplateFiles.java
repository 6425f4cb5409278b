package org.handout.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files a template is made of, by name, so a build can tell when a template has changed. */
final class TemplateFiles {
    private TemplateFiles() {
    }

    /**
     * @param knownFiles for a built-in template (a folder inside the jar cannot be listed), the files
     *                   to read; a project template's whole folder is read
     */
    static SortedMap<String, byte[]> of(Path projectTemplates, String name, List<String> knownFiles) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Path folder = projectTemplates.resolve(name);
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        files.put("templates/" + name + "/" + folder.relativize(f), Files.readAllBytes(f));
                    }
                }
            } else {
                for (String file : knownFiles) {
                    try (InputStream in = TemplateEngine.class.getResourceAsStream("/templates/" + name + "/" + file)) {
                        files.put("built-in " + name + "/" + file, in == null ? new byte[0] : in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSortedMap(files);
    }
}

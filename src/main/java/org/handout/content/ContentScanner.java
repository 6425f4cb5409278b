package org.handout.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the leaflets of a project: every {@code .md} file under {@code content/}, at any depth,
 * except files and folders whose names start with {@code _} or {@code .} (drafts, partials, shared
 * images). Symbolic links are not followed, so nothing outside the project is read. The order is by
 * slug, the same on every machine.
 */
public final class ContentScanner {
    private ContentScanner() {
    }

    public static List<SourceFile> scan(Path projectDir) throws IOException {
        Path content = projectDir.resolve("content");
        List<SourceFile> found = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            return found;
        }
        Files.walkFileTree(content, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(content) && skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && name.endsWith(".md") && !skipped(file)) {
                    String relative = slashes(content.relativize(file));
                    found.add(new SourceFile(file, "content/" + relative,
                            relative.substring(0, relative.length() - ".md".length())));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(SourceFile::slug));
        return found;
    }

    private static boolean skipped(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("_") || name.startsWith(".");
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}

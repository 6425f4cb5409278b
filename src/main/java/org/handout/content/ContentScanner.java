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
import java.util.Locale;

/**
 * Finds the leaflets of a project: every {@code .md} or {@code .markdown} file under {@code content/}
 * (the extension in any case, as editors on Windows save it), at any depth, except files and folders
 * whose names start with {@code _} or {@code .} (drafts, partials, shared images). Symbolic links are
 * not followed, so nothing outside the project is read. The order is by slug, the same on every
 * machine. Two files may end up with one slug: see {@link SlugClashes}.
 */
public final class ContentScanner {
    private static final List<String> EXTENSIONS = List.of(".md", ".markdown");

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
                int extension = extensionLength(name);
                if (attrs.isRegularFile() && extension > 0 && !skipped(file)) {
                    String relative = slashes(content.relativize(file));
                    found.add(new SourceFile(file, "content/" + relative,
                            relative.substring(0, relative.length() - extension)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(SourceFile::slug).thenComparing(SourceFile::displayPath));
        return found;
    }

    /** The length of a leaflet's extension ({@code .md}, {@code .markdown}, any case), or 0 for other files. */
    private static int extensionLength(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return extension.length();
            }
        }
        return 0;
    }

    private static boolean skipped(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("_") || name.startsWith(".");
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}

package org.handout.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.Names;

/**
 * Finds the leaflets of a project: every {@code .md} or {@code .markdown} file under {@code content/}
 * (the extension in any case, as editors on Windows save it), at any depth, except files and folders
 * whose names start with {@code _} or {@code .} (drafts, partials, shared images). The order is by
 * slug, the same on every machine. Two files may end up with one slug: see {@link SlugClashes}.
 *
 * <p>Some files are found but refused, each with an error naming it, so none is skipped in silence:
 * a name holding a control character or a text-direction control (shown escaped, see {@link Names});
 * a symbolic link named like a leaflet, or to a folder that holds leaflets (links are never followed,
 * even to a file inside the project, so nothing outside it is read and each leaflet has one place);
 * a folder that cannot be read.
 */
public final class ContentScanner {
    private static final List<String> EXTENSIONS = List.of(".md", ".markdown");
    /** How far into a linked folder handout looks for leaflets, to say that the link hides them. */
    private static final int PEEK_DEPTH = 8;
    private static final int PEEK_ENTRIES = 10_000;

    /**
     * @param files   every leaflet file found, refused ones included, by slug
     * @param refused the files not to be read, each with the error that says why
     */
    public record Found(List<SourceFile> files, Map<SourceFile, Diagnostic> refused) {
        /** The files that may be read. */
        public List<SourceFile> accepted() {
            return files.stream().filter(f -> !refused.containsKey(f)).toList();
        }
    }

    private ContentScanner() {
    }

    /** The leaflet files that may be read (see {@link #find} for those refused). */
    public static List<SourceFile> scan(Path projectDir) throws IOException {
        return find(projectDir).accepted();
    }

    public static Found find(Path projectDir) throws IOException {
        Path content = projectDir.resolve("content");
        List<SourceFile> found = new ArrayList<>();
        Map<SourceFile, Diagnostic> refused = new LinkedHashMap<>();
        if (!Files.isDirectory(content) || Files.isSymbolicLink(content)) {
            return new Found(found, refused); // a linked content/ is a usage error, said before any scan
        }
        Files.walkFileTree(content, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(content) && skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (skipped(file)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = slashes(content.relativize(file));
                int extension = extensionLength(file.getFileName().toString());
                if (attrs.isSymbolicLink()) {
                    if (extension > 0) {
                        refuse(file, relative, extension, linkMessage(file, "", "it is not built — put the file itself"
                                + " here"));
                    } else {
                        Optional<String> leaflet = Files.isDirectory(file) ? leafletIn(file) : Optional.empty();
                        leaflet.ifPresent(name -> refuse(file, relative, 0, linkMessage(file, " to a folder with"
                                + " leaflets in it (" + Names.printable(name) + ")", "they are not built — move the"
                                + " folder itself here")));
                    }
                } else if (attrs.isRegularFile() && extension > 0) {
                    Optional<String> unsafe = unsafeName(relative);
                    if (unsafe.isPresent()) {
                        refuse(file, relative, extension, unsafe.get());
                    } else {
                        found.add(new SourceFile(file, "content/" + relative,
                                relative.substring(0, relative.length() - extension)));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!skipped(file)) {
                    String reason = e instanceof AccessDeniedException ? "permission denied"
                            : e instanceof FileSystemException f && f.getReason() != null ? f.getReason().toLowerCase(Locale.ROOT)
                            : "it cannot be read";
                    refuse(file, slashes(content.relativize(file)), 0, "cannot be read (" + reason + "), so no leaflet"
                            + " there is built — make it readable for you, or start its name with _ so handout skips it");
                }
                return FileVisitResult.CONTINUE;
            }

            /** A file not to be read: shown escaped, so its name cannot forge a line of the report. */
            private void refuse(Path file, String relative, int extension, String message) {
                String display = Names.printable("content/" + relative);
                SourceFile source = new SourceFile(file, display,
                        Names.printable(relative.substring(0, relative.length() - extension)));
                Optional<String> unsafe = unsafeName(relative);
                found.add(source);
                refused.put(source, Diagnostic.error(display, unsafe.orElse(message)));
            }
        });
        found.sort(Comparator.comparing(SourceFile::slug).thenComparing(SourceFile::displayPath));
        return new Found(found, refused);
    }

    /** Why a file under content/ at this path may not be built because of its name, if it may not. */
    private static Optional<String> unsafeName(String relative) {
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length; i++) {
            OptionalInt c = Names.firstUnsafe(parts[i]);
            if (c.isPresent()) {
                boolean file = i == parts.length - 1;
                String whose = file ? "the file name"
                        : "the name of its folder, " + Names.printable(String.join("/", List.of(parts).subList(0, i + 1))) + ",";
                return Optional.of(whose + " contains " + Names.describe(c.getAsInt()) + " — control characters and"
                        + " text-direction controls can make a name look like other text on screen or in logs; rename the "
                        + (file ? "file" : "folder") + " without it");
            }
        }
        return Optional.empty();
    }

    private static String linkMessage(Path link, String what, String fix) {
        String target;
        try {
            target = Names.printable(Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException e) {
            target = "somewhere handout cannot read";
        }
        return "this is a symbolic link (to " + target + ")" + what + ", and handout does not follow links in content/,"
                + " so " + fix + ", or start the link's name with _ so handout skips it";
    }

    /** A leaflet file inside the folder a link leads to (not following links any further), if there is one near the top. */
    private static Optional<String> leafletIn(Path link) {
        String[] first = new String[1];
        try {
            Path target = link.toRealPath();
            int[] seen = {0};
            Files.walkFileTree(target, Set.<FileVisitOption>of(), PEEK_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(target) && skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !skipped(file) && extensionLength(file.getFileName().toString()) > 0) {
                        first[0] = slashes(target.relativize(file));
                        return FileVisitResult.TERMINATE;
                    }
                    return ++seen[0] > PEEK_ENTRIES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a link that leads nowhere readable hides no leaflet handout could build
        }
        return Optional.ofNullable(first[0]);
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

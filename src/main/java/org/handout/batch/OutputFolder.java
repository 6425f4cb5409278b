package org.handout.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.diagnostic.Names;
import org.handout.report.JsonReport;

/**
 * The only folder handout writes to, and only what handout wrote in it. A file appears in it whole or
 * not at all: it is written to a new temporary file beside its target and then moved over it in one
 * step, so a crash, a full disk or a failing leaflet never leaves a half-written PDF or replaces a
 * good one.
 *
 * <p>Every write stays inside the folder's real path: a symbolic link inside it (a folder such as
 * {@code output/sub}, or a file) is never written through or replaced, but named in an error. The
 * folder itself may be a link (to a shared drive, say): it is resolved once, and everything stays
 * inside its target. Before a build writes anything, {@link #claim()} makes sure the folder is new,
 * empty but for hidden files, or one handout built before, so a web site's own {@code index.html}
 * is never overwritten.
 *
 * <p>Not defended: a process that swaps a folder for a link while handout writes into it. A swap
 * between the check and the write is noticed before the file is moved into place, where the file
 * system gives folders an identity (file keys: Linux, macOS).
 */
public final class OutputFolder {
    /** How bytes reach the disk: where tests meet a full or read-only disk. */
    @FunctionalInterface
    public interface Disk {
        /** The file system itself. */
        Disk REAL = (file, bytes) -> Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

        /** Creates this file, which does not exist (a link in its place is not followed), holding these bytes. */
        void writeNew(Path file, byte[] bytes) throws IOException;
    }

    /** A file handout could not or would not write, with the message that says why and what to do. */
    public static final class Problem extends IOException {
        private final transient Diagnostic diagnostic;

        Problem(Diagnostic diagnostic) {
            super(diagnostic.toString(), null);
            this.diagnostic = diagnostic;
            setStackTrace(new StackTraceElement[0]);
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** Handout's record of the last build, which marks a folder as handout's own. */
    static final String RECORD = ".handout-cache.json";
    private static final String REPORT = "report.json";
    private static final int FOREIGN_NAMES_SHOWN = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final String displayName;
    private final Disk disk;
    private volatile Path realRoot;

    /** @param displayName the folder as the user knows it, e.g. {@code output} */
    public OutputFolder(Path root, String displayName) {
        this(root, displayName, Disk.REAL);
    }

    public OutputFolder(Path root, String displayName, Disk disk) {
        this.root = root.toAbsolutePath().normalize();
        this.displayName = displayName;
        this.disk = Objects.requireNonNull(disk);
    }

    /** Where a file with this name (may contain {@code /}) goes; never outside the folder, by name. */
    public Path resolve(String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("not inside " + displayName + ": " + relative);
        }
        return target;
    }

    /** The name a user sees, e.g. {@code output/nhs/x.pdf}. */
    public String display(String relative) {
        return displayName + "/" + Names.printable(relative);
    }

    /** The folder itself as a user sees it, e.g. {@code output/}. */
    public String displayFolder() {
        return Names.printable(displayName) + "/";
    }

    /**
     * Makes the folder, or makes sure that handout may write into it: it must be a folder (or a link to
     * one), and new, empty but for hidden files (.gitignore), or one handout built before — holding
     * handout's build record or report, or only folders that do. Nothing is written here but the folder.
     *
     * @throws DiagnosticException a usage error when the folder is not one handout may write into; an
     *                             error when it cannot be made
     */
    public void claim() throws DiagnosticException {
        BasicFileAttributes a = attributes(root);
        if (a == null) {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                WriteProblems.Kind kind = WriteProblems.kind(e);
                throw new DiagnosticException(Diagnostic.error(displayFolder(), kind.what(e)
                        + ", so this folder could not be made — " + kind.fix(parentOf(root))));
            }
        } else if (a.isSymbolicLink() && !Files.isDirectory(root)) {
            throw DiagnosticException.usage(Diagnostic.error(displayFolder(), "is a symbolic link (to " + target(root)
                    + ") that leads to no folder — remove it, or give a folder with --out DIR"));
        } else if (!a.isSymbolicLink() && !a.isDirectory()) {
            throw DiagnosticException.usage(Diagnostic.error(displayFolder(), "is a file, not a folder — give a folder"
                    + " with --out DIR (a new one is made), or move the file away"));
        }
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            WriteProblems.Kind kind = WriteProblems.kind(e);
            throw new DiagnosticException(Diagnostic.error(displayFolder(), kind.what(e) + " — " + kind.fix(displayFolder())));
        }
        List<String> foreign = foreign(realRoot);
        if (!foreign.isEmpty()) {
            String shown = String.join(", ", foreign.subList(0, Math.min(FOREIGN_NAMES_SHOWN, foreign.size())))
                    + (foreign.size() > FOREIGN_NAMES_SHOWN ? " and " + (foreign.size() - FOREIGN_NAMES_SHOWN) + " more" : "");
            throw DiagnosticException.usage(Diagnostic.error(displayFolder(), "this folder holds files handout did not"
                    + " write (" + shown + "), which a build would overwrite or mix with — build into a new or empty"
                    + " folder, or one handout built before (it keeps " + RECORD + " there); move those files away, or"
                    + " choose another folder with --out DIR"));
        }
    }

    /** The visible entries of a folder that handout did not write; none when the folder is handout's. */
    private static List<String> foreign(Path dir) throws DiagnosticException {
        if (handouts(dir)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // .gitignore, .DS_Store: handout writes no visible file over them
                }
                BasicFileAttributes a = attributes(entry);
                if (a == null || !a.isDirectory() || !handouts(entry)) {
                    names.add(Names.printable(name));
                }
            }
        } catch (IOException e) {
            names.add("entries that cannot be listed");
        }
        names.sort(null);
        return names;
    }

    /** Whether handout built into this folder: it has handout's build record, or its report. */
    private static boolean handouts(Path dir) {
        BasicFileAttributes record = attributes(dir.resolve(RECORD));
        if (record != null && record.isRegularFile()) {
            return true;
        }
        BasicFileAttributes report = attributes(dir.resolve(REPORT));
        return report != null && report.isRegularFile() && isHandoutReport(dir.resolve(REPORT));
    }

    /** A report.json that handout wrote starts {"schema": 1, "handout": "…"; only that much is read. */
    private static boolean isHandoutReport(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                JsonParser p = JsonReport.mapper().getFactory().createParser(in)) {
            return p.nextToken() == JsonToken.START_OBJECT
                    && p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals("schema")
                    && p.nextToken() == JsonToken.VALUE_NUMBER_INT && p.getIntValue() == JsonReport.SCHEMA_VERSION
                    && p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals("handout")
                    && p.nextToken() == JsonToken.VALUE_STRING;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * This file, if handout could reuse it: a regular file reached from the folder without passing
     * through a link. Empty when it is missing or anything is in the way (writing it then says what).
     */
    public Optional<Path> existing(String relative) {
        try {
            Path dir = folderOf(relative, false);
            if (dir == null) {
                return Optional.empty();
            }
            Path file = dir.resolve(resolve(relative).getFileName().toString());
            BasicFileAttributes a = attributes(file);
            return a != null && a.isRegularFile() ? Optional.of(file) : Optional.empty();
        } catch (Problem | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What would stop this file being written (a link, a folder or a file in the way), without writing anything. */
    public Optional<Diagnostic> check(String relative) {
        try {
            Path dir = folderOf(relative, false);
            if (dir != null) {
                fileInTheWay(dir.resolve(resolve(relative).getFileName().toString()), relative);
            }
            return Optional.empty();
        } catch (Problem e) {
            return Optional.of(e.diagnostic());
        }
    }

    /**
     * Writes the file whole, or not at all.
     *
     * @throws Problem with the message for the user: a link, folder or file in the way, a full or
     *                 read-only disk… The file's earlier copy, if any, is then unchanged.
     */
    public void write(String relative, byte[] bytes) throws Problem {
        Path dir = folderOf(relative, true);
        String name = resolve(relative).getFileName().toString();
        Path target = dir.resolve(name);
        fileInTheWay(target, relative);
        Object folderKey = key(dir);
        // A new hidden name beside the target (same file system, so the move is atomic), created with the
        // user's usual permissions; never an existing file, nor through a link.
        Path temp = null;
        try {
            for (int attempt = 0; temp == null; attempt++) {
                Path candidate = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "."
                        + Long.toHexString(RANDOM.nextLong()) + ".tmp");
                try {
                    disk.writeNew(candidate, bytes);
                    temp = candidate;
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 5) {
                        throw e;
                    }
                } catch (IOException e) {
                    deleteQuietly(candidate); // half written (a full disk): ours, by its random name
                    throw e;
                }
            }
            if (folderKey != null && !folderKey.equals(Files.readAttributes(dir, BasicFileAttributes.class).fileKey())) {
                throw linkInTheWay(dir, relative); // swapped for a link since it was checked
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (Problem e) {
            throw e;
        } catch (IOException e) {
            WriteProblems.Kind kind = WriteProblems.kind(e);
            throw problem(display(relative), kind.what(e) + ", so it was not written (an earlier copy, if any, is"
                    + " unchanged) — " + kind.fix(parentDisplay(relative)));
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a hidden .tmp file is left; no build reads it
        }
    }

    /** The real folder this file goes in; with {@code make}, made where missing, else null when missing. */
    private Path folderOf(String relative, boolean make) throws Problem {
        Path parts = root.relativize(resolve(relative));
        Path dir = realRoot(make);
        if (dir == null) {
            return null;
        }
        for (int i = 0; i < parts.getNameCount() - 1; i++) {
            dir = dir.resolve(parts.getName(i).toString());
            String shown = display(slashes(parts.subpath(0, i + 1)));
            BasicFileAttributes a = attributes(dir);
            if (a == null) {
                if (!make) {
                    return null;
                }
                try {
                    Files.createDirectory(dir);
                } catch (FileAlreadyExistsException e) {
                    // made by another leaflet at the same moment, or something else: looked at below
                } catch (IOException e) {
                    WriteProblems.Kind kind = WriteProblems.kind(e);
                    throw problem(shown, kind.what(e) + ", so this folder could not be made for " + display(relative)
                            + " — " + kind.fix(parentDisplay(slashes(parts.subpath(0, i + 1)))));
                }
                a = attributes(dir);
            }
            if (a == null || a.isSymbolicLink()) {
                throw linkInTheWay(dir, relative);
            }
            if (!a.isDirectory()) {
                throw problem(shown, "is a file, where handout needs a folder for " + display(relative)
                        + " — remove or rename the file and build again");
            }
        }
        return dir;
    }

    private Path realRoot(boolean make) throws Problem {
        Path real = realRoot;
        if (real == null) {
            if (attributes(root) == null && !make) {
                return null;
            }
            try {
                claimQuietly();
            } catch (DiagnosticException e) {
                throw new Problem(e.diagnostics().get(0));
            }
            real = realRoot;
        }
        return real;
    }

    /** As {@link #claim()}, for a folder used without one (a test, a file written before the build). */
    private synchronized void claimQuietly() throws DiagnosticException {
        if (realRoot == null) {
            claim();
        }
    }

    private void fileInTheWay(Path target, String relative) throws Problem {
        BasicFileAttributes a = attributes(target);
        if (a == null || a.isRegularFile()) {
            return;
        }
        if (a.isSymbolicLink()) {
            throw problem(display(relative), "is a symbolic link (to " + target(target) + "); handout writes only inside "
                    + displayFolder() + " and never through a link there, so it was not written — remove the link and"
                    + " build again");
        }
        if (a.isDirectory()) {
            throw problem(display(relative), "is a folder, where handout writes a file of that name — remove or rename"
                    + " the folder and build again");
        }
        throw problem(display(relative), "is not a regular file (a device, pipe or socket), where handout writes a file"
                + " of that name — remove it and build again");
    }

    /** A folder on the way to a file that is a link: the file would be written wherever it leads. */
    private Problem linkInTheWay(Path dir, String relative) {
        String shown = display(slashes(realRootOrRoot().relativize(dir)));
        return problem(shown, "is a symbolic link (to " + target(dir) + "); handout writes only inside " + displayFolder()
                + " and never through a link there, so " + display(relative) + " was not written — remove the link"
                + " (handout then makes a real folder), or put the whole output folder elsewhere with --out DIR");
    }

    private Path realRootOrRoot() {
        return realRoot == null ? root : realRoot;
    }

    private static Problem problem(String file, String message) {
        return new Problem(Diagnostic.error(file, message));
    }

    private String parentDisplay(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? Names.printable(displayName) : display(relative.substring(0, slash));
    }

    private static String parentOf(Path folder) {
        return folder.getParent() == null ? folder.toString() : Names.printable(folder.getParent().toString());
    }

    private static String target(Path link) {
        try {
            return Names.printable(Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return "somewhere handout cannot read";
        }
    }

    /** The attributes of the entry itself (a link is not followed), or null when there is none. */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Object key(Path dir) {
        BasicFileAttributes a = attributes(dir);
        return a == null ? null : a.fileKey();
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}

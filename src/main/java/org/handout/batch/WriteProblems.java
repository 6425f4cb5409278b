package org.handout.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.handout.diagnostic.Names;

/**
 * What a failed write means to a user, from the operating system's reason ("No space left on device")
 * or the kind of failure: what is wrong, and how to fix it — never the name of a Java exception.
 */
public final class WriteProblems {
    private WriteProblems() {
    }

    /** A kind of write failure, with its words. */
    public enum Kind {
        FULL("the disk is full", "free some space, or build onto another disk with --out DIR, then build again"),
        READ_ONLY("the disk is read-only", "build onto a disk you can write to, with --out DIR"),
        DENIED("handout is not allowed to write there (permission denied)",
                "make the folder writable for you (e.g. chmod u+w %s), or build elsewhere with --out DIR"),
        NOT_A_FOLDER("part of the path is a file, not a folder",
                "remove or rename that file, or build elsewhere with --out DIR"),
        A_FOLDER("there is a folder of that name", "remove or rename the folder and build again"),
        TOO_LONG("the name is too long for this disk",
                "give the leaflet and its folders shorter names, or build into a shorter --out DIR"),
        LOOP("a symbolic link on the way leads round in a loop", "remove the link, or build elsewhere with --out DIR"),
        GONE("a folder on the way disappeared while handout wrote", "build again"),
        OTHER(null, "check the disk and that the folder is writable, then build again");

        private final String what;
        private final String fix;

        Kind(String what, String fix) {
            this.what = what;
            this.fix = fix;
        }

        /** What went wrong, e.g. {@code the disk is full}. */
        public String what(IOException e) {
            return what != null ? what : "the system said \"" + reason(e) + "\"";
        }

        /** @param folder the folder the file goes in, as the user knows it, for a fix that names it */
        public String fix(String folder) {
            return String.format(Locale.ROOT, fix, folder);
        }
    }

    /** The kind of this failure. */
    public static Kind kind(IOException e) {
        String reason = lower(e instanceof FileSystemException f ? f.getReason() : e.getMessage());
        if (reason.contains("no space left") || reason.contains("quota") || reason.contains("not enough space")) {
            return Kind.FULL;
        }
        if (reason.contains("read-only file system")) {
            return Kind.READ_ONLY;
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied")
                || reason.contains("operation not permitted") || reason.contains("access is denied")) {
            return Kind.DENIED;
        }
        if (e instanceof NotDirectoryException || reason.contains("not a directory")) {
            return Kind.NOT_A_FOLDER;
        }
        if (reason.contains("is a directory")) {
            return Kind.A_FOLDER;
        }
        if (reason.contains("name too long")) {
            return Kind.TOO_LONG;
        }
        if (e instanceof FileSystemLoopException || reason.contains("too many levels of symbolic links")) {
            return Kind.LOOP;
        }
        if (e instanceof NoSuchFileException) {
            return Kind.GONE;
        }
        return Kind.OTHER;
    }

    /** The system's own words, safe to print; never a Java class name. */
    static String reason(IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank() || reason.contains("Exception") || reason.contains("java.")) {
            return "an input/output error";
        }
        return Names.printable(reason.strip());
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}

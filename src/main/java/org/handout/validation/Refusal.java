package org.handout.validation;

import java.util.Locale;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;

/**
 * Every way {@code validate} can decline a file, worded in one place: what is wrong in plain English,
 * then what to do. None names a Java exception: the reader is whoever exported the PDF.
 */
final class Refusal {

    static final String DAMAGED = " — the file is damaged; save or export it again from the program that made it";
    static final String DAMAGED_OR_NOT_PDF = " — the file is damaged or is not a PDF; save or export it again from"
            + " the program that made it";
    private static final String OVERLOAD = " — a genuine file this size is very unusual: it is damaged or made to"
            + " overload checkers; save or export it again from the program that made it";

    private Refusal() {
    }

    /** The file is a PDF, but part of it cannot be read; {@code reason} is plain English, without a verb. */
    static DiagnosticException damaged(String file, String reason) {
        return error(file, "not a readable PDF (" + reason + ")" + DAMAGED);
    }

    /** A parser gave up for a reason we cannot be sure of: perhaps it is no PDF at all. */
    static DiagnosticException unreadable(String file, String reason) {
        return error(file, "not a readable PDF (" + reason + ")" + DAMAGED_OR_NOT_PDF);
    }

    static DiagnosticException empty(String file) {
        return error(file, "not a readable PDF (the file is empty) — save or export it again from the program that"
                + " made it");
    }

    static DiagnosticException noHeader(String file, int window) {
        return error(file, "not a readable PDF (no %PDF- header in the first " + window + " bytes, so it is not a"
                + " PDF) — give the PDF itself; if this should be one, save or export it again from the program that"
                + " made it");
    }

    static DiagnosticException encrypted(String file) {
        return error(file, "encrypted PDF: it needs a password to open, so it cannot be checked; save a copy without a"
                + " password");
    }

    static DiagnosticException fileTooLarge(String file, long bytes, long max) {
        return error(file, "the file is " + size(bytes) + "; validate checks PDFs of at most " + size(max)
                + " — make it smaller (export it again with its pictures compressed) or split it into several PDFs");
    }

    static DiagnosticException tooManyPages(String file, int max) {
        return error(file, "it has more than " + count(max) + " pages, more than validate checks — split it into"
                + " several PDFs and check each");
    }

    static DiagnosticException tooManyPageGroups(String file, int max) {
        return error(file, "its page tree has more than " + count(max) + " groups of pages, more than validate"
                + " checks" + OVERLOAD);
    }

    static DiagnosticException streamTooLarge(String file, String object, long max) {
        return error(file, "a compressed part of it (" + object + ") unpacks to more than " + size(max)
                + ", more than validate unpacks for any one part" + OVERLOAD);
    }

    static DiagnosticException unpackedTooLarge(String file, long max) {
        return error(file, "its compressed parts unpack to more than " + size(max) + " together, more than validate"
                + " unpacks" + OVERLOAD);
    }

    static DiagnosticException pictureTooLarge(String file, String object, long max) {
        return error(file, "a picture in it (" + object + ") unpacks to more than " + size(max) + ", more than"
                + " validate unpacks for any one picture" + OVERLOAD);
    }

    static DiagnosticException picturesTooLarge(String file, long max) {
        return error(file, "its pictures unpack to more than " + size(max) + " together, more than validate unpacks"
                + OVERLOAD);
    }

    static DiagnosticException drawingTooLarge(String file, long max) {
        return error(file, "its pages draw more than " + size(max) + " of drawing instructions (a drawing used again"
                + " is counted again), more than validate checks" + OVERLOAD);
    }

    static DiagnosticException tooManyTags(String file, int max) {
        return error(file, "it has more than " + count(max) + " tags (a tag reached twice is counted twice), more than"
                + " validate checks" + OVERLOAD);
    }

    /** {@code what} is plural: "its lists of names", "its form fields". */
    static DiagnosticException treeTooLarge(String file, String what, int max) {
        return error(file, what + " have more than " + count(max) + " entries (an entry reached twice is counted"
                + " twice), more than validate checks" + OVERLOAD);
    }

    /** A refusal of a PDF attached to this one, which veraPDF would check as well. */
    static DiagnosticException attached(String file, String attachment, String innerMessage) {
        return error(file, attachment + " cannot be checked: " + innerMessage);
    }

    static DiagnosticException attachedTooDeep(String file, int max) {
        return error(file, "it has PDFs attached inside attached PDFs more than " + max + " deep, more than validate"
                + " checks" + OVERLOAD);
    }

    static DiagnosticException tooManyAttachedPdfs(String file, int max) {
        return error(file, "it has more than " + max + " attached PDFs, more than validate checks — check the"
                + " attached PDFs on their own and remove them from this one");
    }

    static DiagnosticException outOfMemory(String file, long maxHeapBytes) {
        String more = maxHeapBytes < (2L << 30) ? "2g" : (Math.max(2, 2 * (maxHeapBytes >> 30)) + "g");
        return error(file, "too large to check in the " + size(maxHeapBytes) + " of memory Java was given — run it"
                + " again with more, e.g. HANDOUT_JAVA_OPTS=-Xmx" + more + " ./handout validate " + file);
    }

    /** {@code 812 KB}, {@code 100 MB}, {@code 1.0 GB}: whole numbers where they are whole. */
    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB"
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return Math.max(1, (bytes + 1023) >> 10) + " KB";
    }

    /** {@code 10,000}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static DiagnosticException error(String file, String message) {
        return new DiagnosticException(Diagnostic.error(file, message));
    }
}

package org.handout.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;

/**
 * What can be told about a file from the file system and its first kilobyte, before any parser sees
 * it: a folder, a device, a missing or unreadable file, no {@code %PDF-} header (veraPDF reads almost
 * anything as some kind of document), or more bytes than {@code validate} takes on. A gigabyte of
 * zeros is refused after reading 1 KB of it.
 */
final class PdfFileCheck {

    /** A PDF's header must start within its first 1024 bytes (ISO 32000-1, annex H). */
    static final int HEADER_WINDOW = 1024;

    private PdfFileCheck() {
    }

    static void check(Path pdf, String displayName, long maxBytes) throws DiagnosticException {
        if (Files.isDirectory(pdf)) {
            throw new DiagnosticException(Diagnostic.error(displayName,
                    "is a folder, not a PDF — give the PDFs in it, e.g. " + pdf + "/*.pdf"));
        }
        if (Files.exists(pdf) && !Files.isRegularFile(pdf)) {
            throw new DiagnosticException(Diagnostic.error(displayName, "is not a file but a device or a pipe"
                    + " — give the path of a PDF file"));
        }
        byte[] start;
        long size;
        try (InputStream in = Files.newInputStream(pdf)) {
            start = in.readNBytes(HEADER_WINDOW);
            size = Files.size(pdf);
        } catch (NoSuchFileException e) {
            throw new DiagnosticException(Diagnostic.error(displayName, "no such file"));
        } catch (AccessDeniedException e) {
            throw new DiagnosticException(Diagnostic.error(displayName, "cannot read file (permission denied)"));
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(displayName, "cannot read file ("
                    + ParseFailures.reason(e) + ")"));
        }
        requireHeader(displayName, start);
        if (size > maxBytes) {
            throw Refusal.fileTooLarge(displayName, size, maxBytes);
        }
    }

    /** The header check alone, for a PDF already in memory. */
    static void requireHeader(String displayName, byte[] pdf) throws DiagnosticException {
        if (pdf.length == 0) {
            throw Refusal.empty(displayName);
        }
        String start = new String(pdf, 0, Math.min(pdf.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        if (!start.contains("%PDF-")) {
            throw Refusal.noHeader(displayName, HEADER_WINDOW);
        }
    }
}

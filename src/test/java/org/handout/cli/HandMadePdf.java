package org.handout.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * PDFs written byte by byte, for the damaged and hostile files no PDF library would make: objects are
 * given as PDF source text, numbered from 1 in the order added, and written with a cross-reference
 * table. Compressed data is made by deflating zeros a megabyte at a time, so a stream that unpacks to
 * 300 MB costs 300 KB on disk and no more memory than that.
 */
final class HandMadePdf {

    private static final byte[] MEGABYTE_OF_ZEROS = new byte[1 << 20];

    private final List<byte[]> objects = new ArrayList<>();

    /** Adds an object, e.g. {@code << /Type /Page /Parent 2 0 R >>}, and returns its number. */
    int add(String source) {
        objects.add(source.getBytes(StandardCharsets.ISO_8859_1));
        return objects.size();
    }

    /** Adds a stream with this dictionary's entries (its /Length is added) and data. */
    int addStream(String entries, byte[] data) {
        ByteArrayOutputStream object = new ByteArrayOutputStream();
        object.writeBytes(("<< " + entries + " /Length " + data.length + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        object.writeBytes(data);
        object.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        objects.add(object.toByteArray());
        return objects.size();
    }

    /** The next object's number, to refer to it before adding it. */
    int next() {
        return objects.size() + 1;
    }

    /** The file, with object {@code root} as its catalog. */
    byte[] bytes(int root) {
        return bytes(root, 0);
    }

    /** The file, its startxref pointing {@code startxrefShift} bytes past the table (0: at it). */
    byte[] bytes(int root, long startxrefShift) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n");
            out.writeBytes(objects.get(i));
            write(out, "\nendobj\n");
        }
        long xref = out.size();
        write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            write(out, String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
        }
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root " + root + " 0 R >>\nstartxref\n"
                + (xref + startxrefShift) + "\n%%EOF\n");
        return out.toByteArray();
    }

    Path save(Path file, int root) {
        try {
            return Files.write(file, bytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalog and a page tree of one page with these entries; returns the catalog's number. */
    int onePage(String pageEntries, String catalogEntries) {
        int catalog = add("<< /Type /Catalog /Pages " + (next() + 1) + " 0 R " + catalogEntries + " >>");
        add("<< /Type /Pages /Kids [" + (next() + 1) + " 0 R] /Count 1 >>");
        add("<< /Type /Page /Parent " + (next() - 1) + " 0 R /MediaBox [0 0 595 842] " + pageEntries + " >>");
        return catalog;
    }

    /** {@code megabytes} MB of zero bytes, deflated: about a thousandth of that. */
    static byte[] deflatedZeros(int megabytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int i = 0; i < megabytes; i++) {
            deflater.setInput(MEGABYTE_OF_ZEROS);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** {@code "n 0 R n 0 R ..."}: one reference repeated, for a /Kids or /K array. */
    static String times(int count, int object) {
        String[] refs = new String[count];
        Arrays.fill(refs, object + " 0 R");
        return String.join(" ", refs);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}

package org.handout.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts of a .docx, unpacked within {@link ImportLimits}: a file that would unpack to gigabytes
 * (a "zip bomb") is refused before any of it is parsed. It also cuts the document's links to pictures
 * outside it, so that nothing reading it can open a file elsewhere or an address on the web.
 */
final class WordPackage {
    /** What a cut link to an outside picture becomes: a part inside the package whose bytes start with this. */
    static final String LINKED_MARK = "handout-linked-picture:";
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] COMPOUND = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Pattern EXTERNAL_IMAGE = Pattern.compile(
            "<Relationship\\b(?=[^>]*Type=[\"'][^\"']*/image[\"'])(?=[^>]*TargetMode=[\"']External[\"'])[^>]*>");
    private static final Pattern LINKED_BLIP = Pattern.compile("<(\\w+:)?blip\\b[^>]*:link=[^>]*>");
    private static final Pattern TARGET = Pattern.compile("Target=[\"']([^\"']*)[\"']");

    private final byte[] file;
    private final Map<String, byte[]> parts;

    private WordPackage(byte[] file, Map<String, byte[]> parts) {
        this.file = file;
        this.parts = parts;
    }

    static WordPackage read(byte[] file) throws ImportFailure {
        if (startsWith(file, COMPOUND)) {
            boolean encrypted = new String(file, 0, Math.min(file.length, 64 * 1024), StandardCharsets.UTF_16LE)
                    .contains("EncryptionInfo");
            throw encrypted
                    ? new ImportFailure("the Word document is protected with a password, so it cannot be read",
                            "open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password),"
                                    + " save it and import it again")
                    : new ImportFailure("this is a Word 97-2003 document (.doc) with a .docx name",
                            "open it in Word and save it as a Word Document (.docx), or convert it with"
                                    + " \"soffice --headless --convert-to docx FILE\", then import the new file");
        }
        if (!startsWith(file, ZIP)) {
            throw damaged("it is not a zip package as every .docx is");
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        ByteArrayInputStream packed = new ByteArrayInputStream(file);
        try (ZipInputStream zip = new ZipInputStream(packed)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (parts.size() >= ImportLimits.ZIP_ENTRIES) {
                    throw tooBig("more than " + ImportLimits.ZIP_ENTRIES + " parts");
                }
                byte[] bytes = unpack(zip, packed, file.length, entry.getName());
                total += bytes.length;
                if (total > ImportLimits.ZIP_TOTAL_BYTES) {
                    throw tooBig("more than " + ImportLimits.ZIP_TOTAL_BYTES / (1024 * 1024) + " MB unpacked");
                }
                parts.put(entry.getName(), bytes);
            }
        } catch (ZipException e) {
            throw damaged("its zip package is broken (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw damaged("it could not be unpacked (" + e.getMessage() + ")");
        }
        if (!parts.containsKey("word/document.xml")) {
            throw damaged("it has no word/document.xml, the part that holds a Word document's text");
        }
        return new WordPackage(file, parts);
    }

    /** One part, stopped as soon as it is over the size limit or unpacks to too many times what it has read. */
    private static byte[] unpack(InputStream zip, ByteArrayInputStream packed, int fileLength, String name)
            throws IOException, ImportFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long start = fileLength - packed.available();
        int n;
        while ((n = zip.read(buffer)) > 0) {
            if (out.size() + (long) n > ImportLimits.ZIP_ENTRY_BYTES) {
                throw tooBig("a part (" + name + ") of more than " + ImportLimits.ZIP_ENTRY_BYTES / (1024 * 1024)
                        + " MB unpacked");
            }
            out.write(buffer, 0, n);
            long read = Math.max(1, fileLength - packed.available() - start);
            if (out.size() > 1024 * 1024 && out.size() / read > ImportLimits.ZIP_RATIO) {
                throw tooBig("a part (" + name + ") that unpacks to more than " + ImportLimits.ZIP_RATIO
                        + " times its packed size");
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (file[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static ImportFailure damaged(String why) {
        return new ImportFailure("the Word document cannot be read: " + why,
                "open it in Word or LibreOffice and save it again as a Word Document (.docx)");
    }

    private static ImportFailure tooBig(String what) {
        return new ImportFailure("the Word document has " + what + ", more than handout reads in a leaflet",
                "make the pictures in it smaller (Word: Picture Format › Compress Pictures) or split the document");
    }

    /** A part, or null when the package has none of that name. */
    byte[] part(String name) {
        return parts.get(name);
    }

    /**
     * The package for a converter to read: the same, except that each link to a picture outside it points
     * to a part inside it holding {@link #LINKED_MARK} and the outside address.
     */
    byte[] withoutOutsideLinks() throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(parts);
        int count = 0;
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            if (!e.getKey().endsWith(".rels")) {
                continue;
            }
            String xml = new String(e.getValue(), StandardCharsets.UTF_8);
            Matcher m = EXTERNAL_IMAGE.matcher(xml);
            StringBuilder out = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                Matcher target = TARGET.matcher(m.group());
                String address = target.find() ? target.group(1) : "";
                String inside = "media/handout-linked-" + (++count) + ".png"; // a picture's name, or the converter drops it
                String folder = e.getKey().replaceFirst("_rels/[^/]*$", "");
                changed.put(folder + inside, (LINKED_MARK + address).getBytes(StandardCharsets.UTF_8));
                String rel = m.group().replaceFirst("\\sTargetMode=[\"']External[\"']", "").replaceFirst("Target=[\"'][^\"']*[\"']",
                        Matcher.quoteReplacement("Target=\"" + inside + "\""));
                m.appendReplacement(out, Matcher.quoteReplacement(rel));
                any = true;
            }
            if (any) {
                m.appendTail(out);
                changed.put(e.getKey(), out.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        // The converter opens a linked picture from the disk or the web, whatever its relationship says; an
        // embedded one only from the package: so every link is made an embedding, of the mark where there is one.
        boolean linked = false;
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            if (e.getKey().startsWith("word/") && e.getKey().endsWith(".xml") && !e.getKey().contains("/_rels/")) {
                String xml = new String(e.getValue(), StandardCharsets.UTF_8);
                Matcher blip = LINKED_BLIP.matcher(xml);
                String embedded = blip.replaceAll(b -> Matcher.quoteReplacement(b.group().contains(":embed=")
                        ? b.group() : b.group().replaceFirst(":link=", ":embed=")));
                if (!embedded.equals(xml)) {
                    changed.put(e.getKey(), embedded.getBytes(StandardCharsets.UTF_8));
                    linked = true;
                }
            }
        }
        if (count == 0 && !linked) {
            return file;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(0);
            for (Map.Entry<String, byte[]> e : changed.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

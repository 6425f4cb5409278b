package org.handout.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handout.content.SourceFile;
import org.handout.report.JsonReport;
import org.handout.report.LeafletResult;

/**
 * What the last build made, in {@code output/.handout-cache.json}: for each PDF, the fingerprint of
 * everything it was made from and a SHA-256 of the PDF itself; for each leaflet file, the template and
 * images its last full build used and the PDFs it made, so an unchanged leaflet is reused without
 * being read again. A PDF is reused only when its fingerprint and its SHA-256 still match, so a
 * corrupt, stale or hand-edited cache (or PDF) just means building again, never a wrong PDF. As in
 * git and make, a PDF whose size and modification time are still the ones recorded when it was
 * written is taken to be unchanged without reading it; any other PDF is read and hashed.
 * Thread-safe.
 */
final class BuildCache {
    static final String FILE = OutputFolder.RECORD;
    private static final int VERSION = 4;

    private record Entry(String inputs, String pdfSha256, Stamp stamp, JsonNode result) {
        Entry withStamp(Stamp now) {
            return new Entry(inputs, pdfSha256, now, result);
        }
    }

    /** A file's size and modification time (nanoseconds where the file system keeps them). */
    private record Stamp(long size, String modified) {
        static final Stamp NONE = new Stamp(-1, "");

        static Stamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? new Stamp(a.size(), a.lastModifiedTime().toString()) : NONE;
        }
    }

    /** What a leaflet file's last full build used and made: its PDF file names by variant, in order. */
    record SourceRecord(String template, List<String> images, Map<String, String> pdfs) {
        SourceRecord {
            images = List.copyOf(images);
            pdfs = Collections.unmodifiableMap(new LinkedHashMap<>(pdfs));
        }
    }

    private final Map<String, Entry> previous;
    private final Map<String, SourceRecord> previousSources;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final Map<String, SourceRecord> nextSources = new ConcurrentHashMap<>();

    private BuildCache(Map<String, Entry> previous, Map<String, SourceRecord> previousSources) {
        this.previous = previous;
        this.previousSources = previousSources;
    }

    static BuildCache empty() {
        return new BuildCache(Map.of(), Map.of());
    }

    /**
     * The cache in the output folder, or an empty one if it is missing or cannot be trusted: anyone may
     * edit it, so a record that is not exactly what {@link #save} writes — another type, a number out
     * of range, a PDF name that leads out of the folder or does not end .pdf, a missing field — is
     * dropped whole, and the build just builds again.
     */
    static BuildCache load(OutputFolder output) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        Map<String, SourceRecord> sources = new ConcurrentHashMap<>();
        try {
            Optional<Path> file = output.existing(FILE);
            if (file.isPresent() && Files.size(file.get()) <= MAX_RECORD_BYTES) {
                JsonNode root = JsonReport.mapper().readTree(Files.readString(file.get(), StandardCharsets.UTF_8));
                if (root != null && root.isObject() && root.path("version").isInt() && root.path("version").intValue() == VERSION
                        && root.path("handout").isTextual() && root.path("handout").textValue().equals(Version.get())
                        && root.path("pdfs").isObject() && root.path("sources").isObject()) {
                    root.path("pdfs").fields().forEachRemaining(e -> entries.put(pdfName(e.getKey()), entry(e.getValue())));
                    root.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), sourceRecord(e.getValue())));
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear(); // unreadable, or not as handout writes it: build everything again
            sources.clear();
        }
        return new BuildCache(entries, sources);
    }

    /** A record bigger than this is not one handout wrote (2,000 leaflets in three variants: about 6 MB). */
    private static final long MAX_RECORD_BYTES = 64L << 20;

    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    /** Thrown for any part of the record that is not as handout writes it; the whole record is dropped. */
    private static final class Untrusted extends RuntimeException {
        Untrusted() {
            super("not a record handout wrote", null, false, false);
        }
    }

    private static Entry entry(JsonNode n) {
        JsonNode size = n.path("size");
        if (!n.isObject() || !hex(n.path("inputs")) || !hex(n.path("sha256")) || !size.isIntegralNumber()
                || !size.canConvertToLong() || size.longValue() < -1 || !n.path("modified").isTextual()
                || !result(n.path("result"))) {
            throw new Untrusted();
        }
        return new Entry(n.path("inputs").textValue(), n.path("sha256").textValue(),
                new Stamp(size.longValue(), n.path("modified").textValue()), n.path("result"));
    }

    /** A result with every field of the type {@link JsonReport#toNode} writes. */
    private static boolean result(JsonNode r) {
        if (!r.isObject() || !r.path("pages").isInt() || !r.path("bytes").isIntegralNumber() || !r.path("bytes").canConvertToLong()) {
            return false;
        }
        for (String text : List.of("slug", "variant", "source", "output", "status")) {
            if (!r.path(text).isTextual()) {
                return false;
            }
        }
        for (String list : List.of("validation", "errors", "warnings")) {
            if (!r.path(list).isArray()) {
                return false;
            }
        }
        for (JsonNode d : r.path("warnings")) {
            if (!d.path("file").isTextual() || !d.path("line").isInt() || !d.path("column").isInt()
                    || !d.path("message").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(JsonNode n) {
        return n.isTextual() && SHA256.matcher(n.textValue()).matches();
    }

    /** A PDF's name in the output folder, as handout makes them: relative, no way out, ending .pdf. */
    private static String pdfName(String name) {
        if (!name.endsWith(".pdf") || name.startsWith("/") || name.contains("\\") || !org.handout.diagnostic.Names.safe(name)
                || java.util.Arrays.stream(name.split("/", -1)).anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."))) {
            throw new Untrusted();
        }
        return name;
    }

    private static SourceRecord sourceRecord(JsonNode node) {
        if (!node.isObject() || !node.path("template").isTextual() || !node.path("images").isArray()
                || !node.path("pdfs").isObject()) {
            throw new Untrusted();
        }
        List<String> images = new ArrayList<>();
        node.path("images").forEach(i -> {
            if (!i.isTextual()) {
                throw new Untrusted();
            }
            images.add(i.textValue());
        });
        Map<String, String> pdfs = new LinkedHashMap<>();
        node.path("pdfs").fields().forEachRemaining(p -> {
            if (!p.getValue().isTextual()) {
                throw new Untrusted();
            }
            pdfs.put(p.getKey(), pdfName(p.getValue().textValue()));
        });
        return new SourceRecord(node.path("template").textValue(), images, pdfs);
    }

    /** What the last full build of this leaflet file used and made, if it was recorded. */
    Optional<SourceRecord> source(String sourceFile) {
        return Optional.ofNullable(previousSources.get(sourceFile));
    }

    /** Keeps this record for the next build; a source whose PDFs are all reused keeps its old one. */
    void recordSource(String sourceFile, SourceRecord record) {
        nextSources.put(sourceFile, record);
    }

    /**
     * The last build's result for this PDF of this leaflet in this variant, if its inputs are unchanged,
     * the PDF is still the one it wrote, and the result is one handout would have made: ok, for this
     * very file and PDF, with messages that print as they are.
     */
    Optional<LeafletResult> reuse(String pdfName, String inputs, OutputFolder output, SourceFile source, String variant) {
        Entry entry = previous.get(pdfName);
        if (entry == null || !entry.inputs().equals(inputs)) {
            return Optional.empty();
        }
        try {
            Optional<Path> pdf = output.existing(pdfName);
            if (pdf.isEmpty()) {
                return Optional.empty();
            }
            Stamp now = Stamp.of(pdf.get());
            if (now == Stamp.NONE || now.size() != entry.stamp().size()) {
                return Optional.empty();
            }
            if (!now.equals(entry.stamp()) && !Fingerprint.sha256(Files.readAllBytes(pdf.get())).equals(entry.pdfSha256())) {
                return Optional.empty();
            }
            LeafletResult result = JsonReport.fromNode(entry.result());
            if (!plausible(result, pdfName, source, variant, now.size())) {
                return Optional.empty();
            }
            next.put(pdfName, entry.withStamp(now));
            return Optional.of(result);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A result as handout records it, for this PDF: anything else was edited by hand, so it is built again. */
    private static boolean plausible(LeafletResult r, String pdfName, SourceFile source, String variant, long size) {
        return r.ok() && pdfName.equals(r.outputFile()) && source.slug().equals(r.slug())
                && source.displayPath().equals(r.sourceFile()) && variant.equals(r.variant())
                && r.pages() > 0 && r.bytes() == size && r.validation().results().size() > 0
                && r.warnings().stream().allMatch(d -> d.line() >= 0 && d.column() >= 0
                        && org.handout.diagnostic.Names.safe(d.file()) && org.handout.diagnostic.Names.safe(d.message()));
    }

    /** Records a PDF just written to the output folder, with the stamp it has there. */
    void record(String pdfName, String inputs, byte[] pdf, LeafletResult result, OutputFolder output) {
        Stamp stamp;
        try {
            Optional<Path> written = output.existing(pdfName);
            stamp = written.isPresent() ? Stamp.of(written.get()) : Stamp.NONE;
        } catch (IOException e) {
            stamp = Stamp.NONE; // no size to compare: the PDF is built again next time
        }
        next.put(pdfName, new Entry(inputs, Fingerprint.sha256(pdf), stamp, JsonReport.toNode(result)));
    }

    /**
     * Keeps what this build made or reused, so deleted leaflets drop out; after a partial build
     * (one variant, one shard) the other entries are kept as they were.
     */
    void save(OutputFolder output, boolean partial) throws OutputFolder.Problem {
        Map<String, Entry> kept = new TreeMap<>(partial ? previous : Map.of());
        kept.putAll(next);
        Map<String, SourceRecord> keptSources = new TreeMap<>(partial ? previousSources : Map.of());
        keptSources.putAll(nextSources);
        ObjectNode root = JsonReport.mapper().createObjectNode();
        root.put("version", VERSION);
        root.put("handout", Version.get());
        ObjectNode pdfs = root.putObject("pdfs");
        for (Map.Entry<String, Entry> e : kept.entrySet()) {
            ObjectNode n = pdfs.putObject(e.getKey());
            n.put("inputs", e.getValue().inputs());
            n.put("sha256", e.getValue().pdfSha256());
            n.put("size", e.getValue().stamp().size());
            n.put("modified", e.getValue().stamp().modified());
            n.set("result", e.getValue().result());
        }
        ObjectNode sources = root.putObject("sources");
        for (Map.Entry<String, SourceRecord> e : keptSources.entrySet()) {
            ObjectNode n = sources.putObject(e.getKey());
            n.put("template", e.getValue().template());
            e.getValue().images().forEach(n.putArray("images")::add);
            ObjectNode made = n.putObject("pdfs");
            e.getValue().pdfs().forEach(made::put);
        }
        String json;
        try {
            json = JsonReport.mapper().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        output.write(FILE, (json + "\n").getBytes(StandardCharsets.UTF_8));
    }
}

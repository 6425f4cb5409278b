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
    private static final int VERSION = 3;

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

    /** The cache in the output folder, or an empty one if it is missing or cannot be trusted. */
    static BuildCache load(OutputFolder output) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        Map<String, SourceRecord> sources = new ConcurrentHashMap<>();
        try {
            Optional<Path> file = output.existing(FILE);
            if (file.isPresent()) {
                JsonNode root = JsonReport.mapper().readTree(Files.readString(file.get(), StandardCharsets.UTF_8));
                if (root != null && root.path("version").asInt() == VERSION && root.path("handout").asText().equals(Version.get())) {
                    root.path("pdfs").fields().forEachRemaining(e -> entries.put(e.getKey(), new Entry(
                            e.getValue().path("inputs").asText(), e.getValue().path("sha256").asText(),
                            new Stamp(e.getValue().path("size").asLong(-1), e.getValue().path("modified").asText()),
                            e.getValue().path("result"))));
                    root.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), sourceRecord(e.getValue())));
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear(); // unreadable: build everything again
            sources.clear();
        }
        return new BuildCache(entries, sources);
    }

    private static SourceRecord sourceRecord(JsonNode node) {
        List<String> images = new ArrayList<>();
        node.path("images").forEach(i -> images.add(i.asText()));
        Map<String, String> pdfs = new LinkedHashMap<>();
        node.path("pdfs").fields().forEachRemaining(p -> pdfs.put(p.getKey(), p.getValue().asText()));
        return new SourceRecord(node.path("template").asText(), images, pdfs);
    }

    /** What the last full build of this leaflet file used and made, if it was recorded. */
    Optional<SourceRecord> source(String sourceFile) {
        return Optional.ofNullable(previousSources.get(sourceFile));
    }

    /** Keeps this record for the next build; a source whose PDFs are all reused keeps its old one. */
    void recordSource(String sourceFile, SourceRecord record) {
        nextSources.put(sourceFile, record);
    }

    /** The last build's result for this PDF, if its inputs are unchanged and the PDF is still the one it wrote. */
    Optional<LeafletResult> reuse(String pdfName, String inputs, OutputFolder output) {
        Entry entry = previous.get(pdfName);
        if (entry == null || !entry.inputs().equals(inputs)) {
            return Optional.empty();
        }
        try {
            Optional<Path> pdf = output.existing(pdfName); // none through a link: such a PDF is built, and named
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
            next.put(pdfName, entry.withStamp(now));
            return Optional.of(result);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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

package org.handout.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handout.report.JsonReport;
import org.handout.report.LeafletResult;

/**
 * What the last build made, in {@code output/.handout-cache.json}: for each PDF, the fingerprint of
 * everything it was made from and a SHA-256 of the PDF itself. A PDF is reused only when both still
 * match, so a corrupt, stale or hand-edited cache (or PDF) just means building again, never a wrong
 * PDF. Thread-safe.
 */
final class BuildCache {
    static final String FILE = ".handout-cache.json";
    private static final int VERSION = 1;

    private record Entry(String inputs, String pdfSha256, JsonNode result) {
    }

    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();

    private BuildCache(Map<String, Entry> previous) {
        this.previous = previous;
    }

    static BuildCache empty() {
        return new BuildCache(Map.of());
    }

    /** The cache in the output folder, or an empty one if it is missing or cannot be trusted. */
    static BuildCache load(OutputFolder output) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            Path file = output.resolve(FILE);
            if (Files.isRegularFile(file)) {
                JsonNode root = JsonReport.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
                if (root != null && root.path("version").asInt() == VERSION && root.path("handout").asText().equals(Version.get())) {
                    root.path("pdfs").fields().forEachRemaining(e -> entries.put(e.getKey(), new Entry(
                            e.getValue().path("inputs").asText(), e.getValue().path("sha256").asText(),
                            e.getValue().path("result"))));
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear(); // unreadable: build everything again
        }
        return new BuildCache(entries);
    }

    /** The last build's result for this PDF, if its inputs are unchanged and the PDF is still the one it wrote. */
    Optional<LeafletResult> reuse(String pdfName, String inputs, OutputFolder output) {
        Entry entry = previous.get(pdfName);
        if (entry == null || !entry.inputs().equals(inputs)) {
            return Optional.empty();
        }
        try {
            Path pdf = output.resolve(pdfName);
            if (!Files.isRegularFile(pdf) || !Fingerprint.sha256(Files.readAllBytes(pdf)).equals(entry.pdfSha256())) {
                return Optional.empty();
            }
            LeafletResult result = JsonReport.fromNode(entry.result());
            next.put(pdfName, entry);
            return Optional.of(result);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void record(String pdfName, String inputs, byte[] pdf, LeafletResult result) {
        next.put(pdfName, new Entry(inputs, Fingerprint.sha256(pdf), JsonReport.toNode(result)));
    }

    /**
     * Keeps what this build made or reused, so deleted leaflets drop out; after a partial build
     * (one variant, one shard) the other entries are kept as they were.
     */
    void save(OutputFolder output, boolean partial) throws IOException {
        Map<String, Entry> kept = new TreeMap<>(partial ? previous : Map.of());
        kept.putAll(next);
        ObjectNode root = JsonReport.mapper().createObjectNode();
        root.put("version", VERSION);
        root.put("handout", Version.get());
        ObjectNode pdfs = root.putObject("pdfs");
        for (Map.Entry<String, Entry> e : kept.entrySet()) {
            ObjectNode n = pdfs.putObject(e.getKey());
            n.put("inputs", e.getValue().inputs());
            n.put("sha256", e.getValue().pdfSha256());
            n.set("result", e.getValue().result());
        }
        output.write(FILE, (JsonReport.mapper().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}

package org.handout.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.handout.diagnostic.Severity;
import org.handout.validation.ValidationReport;
import org.handout.diagnostic.Diagnostic;
import org.handout.validation.FlavourResult;
import org.handout.validation.RuleFailure;

/**
 * {@code report.json}: one entry per leaflet with its source, output, pages, bytes, the veraPDF
 * verdict per flavour with failed rule ids, and its errors and warnings. The schema is in docs/reports.md.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonReport() {
    }

    /** The mapper handout writes its JSON with: indented, keys in the order they are put. */
    public static ObjectMapper mapper() {
        return JSON;
    }

    public static String toJson(BuildReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA_VERSION);
        root.put("handout", report.handoutVersion());
        ObjectNode summary = root.putObject("summary");
        summary.put("leaflets", report.leaflets().stream().map(LeafletResult::sourceFile).distinct().count());
        summary.put("built", report.leaflets().size() - report.failedCount());
        summary.put("failed", report.failedCount());
        ArrayNode leaflets = root.putArray("leaflets");
        for (LeafletResult l : report.leaflets()) {
            leaflets.add(toNode(l));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Reads a report back, e.g. to merge the reports of CI shards. The rules' specification text is
     * not in the report, so it comes back empty.
     */
    public static BuildReport fromJson(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || root.path("schema").asInt() != SCHEMA_VERSION || !root.path("leaflets").isArray()) {
            throw new IOException("not a handout report (schema " + SCHEMA_VERSION + ")");
        }
        List<LeafletResult> leaflets = new ArrayList<>();
        for (JsonNode n : root.path("leaflets")) {
            leaflets.add(fromNode(n));
        }
        return new BuildReport(root.path("handout").asText(), leaflets);
    }

    /** One leaflet's entry read back (the inverse of {@link #toNode}). */
    public static LeafletResult fromNode(JsonNode n) {
        ValidationReport validation = null;
        if (n.path("validation").size() > 0) {
            List<FlavourResult> flavours = new ArrayList<>();
            for (JsonNode v : n.path("validation")) {
                List<RuleFailure> failures = new ArrayList<>();
                for (JsonNode r : v.path("failedRules")) {
                    failures.add(new RuleFailure(r.path("rule").asText(), r.path("explanation").asText(), "",
                            r.path("count").asInt()));
                }
                flavours.add(new FlavourResult(v.path("flavour").asText(), v.path("name").asText(),
                        v.path("compliant").asBoolean(), failures));
            }
            validation = new ValidationReport(text(n, "output"), flavours, List.of());
        }
        List<KeptPdf> kept = new ArrayList<>();
        for (JsonNode k : n.path("kept")) {
            try {
                kept.add(new KeptPdf(k.path("file").asText(), k.path("shown").asText(),
                        Instant.parse(k.path("built").asText())));
            } catch (java.time.format.DateTimeParseException e) {
                // a report edited by hand: the PDF is just not marked
            }
        }
        return new LeafletResult(n.path("slug").asText(), text(n, "variant"), n.path("source").asText(),
                text(n, "output"), n.path("pages").asInt(), n.path("bytes").asLong(), validation,
                diagnostics(n.path("errors"), Severity.ERROR), diagnostics(n.path("warnings"), Severity.WARNING),
                text(n, "title"), kept);
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isTextual() ? n.path(field).asText() : null;
    }

    private static List<Diagnostic> diagnostics(JsonNode array, Severity severity) {
        List<Diagnostic> out = new ArrayList<>();
        for (JsonNode d : array) {
            out.add(new Diagnostic(d.path("file").asText(), d.path("line").asInt(), d.path("column").asInt(), severity,
                    d.path("message").asText()));
        }
        return out;
    }

    /** One leaflet's entry, as it stands in the report. */
    public static ObjectNode toNode(LeafletResult l) {
        ObjectNode n = JSON.createObjectNode();
        n.put("slug", l.slug());
        n.put("title", l.title());
        n.put("variant", l.variant());
        n.put("source", l.sourceFile());
        n.put("output", l.outputFile());
        n.put("status", l.ok() ? "ok" : "failed");
        n.put("pages", l.pages());
        n.put("bytes", l.bytes());
        ArrayNode validation = n.putArray("validation");
        if (l.validation() != null) {
            for (FlavourResult f : l.validation().results()) {
                ObjectNode v = validation.addObject();
                v.put("flavour", f.flavourId());
                v.put("name", f.displayName());
                v.put("compliant", f.compliant());
                ArrayNode failed = v.putArray("failedRules");
                for (RuleFailure r : f.failures()) {
                    failed.addObject().put("rule", r.ruleId()).put("count", r.count())
                            .put("explanation", r.explanation());
                }
            }
        }
        diagnostics(n.putArray("errors"), l.errors());
        diagnostics(n.putArray("warnings"), l.warnings());
        if (!l.kept().isEmpty()) {
            ArrayNode kept = n.putArray("kept");
            for (KeptPdf k : l.kept()) {
                kept.addObject().put("file", k.file()).put("shown", k.shown()).put("built", k.built().toString())
                        .put("message", k.message());
            }
        }
        return n;
    }

    private static void diagnostics(ArrayNode array, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            ObjectNode o = array.addObject();
            o.put("file", d.file());
            o.put("line", d.line());
            o.put("column", d.column());
            o.put("message", d.message());
            o.put("text", d.toString());
        }
    }
}

package org.handout.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.validation.FlavourResult;
import org.handout.validation.RuleFailure;

/**
 * {@code report.json}: one entry per leaflet with its source, output, pages, bytes, the veraPDF
 * verdict per flavour with failed rule ids, and its errors and warnings. The schema is in the README.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonReport() {
    }

    public static String toJson(BuildReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA_VERSION);
        root.put("handout", report.handoutVersion());
        ObjectNode summary = root.putObject("summary");
        summary.put("leaflets", report.leaflets().size());
        summary.put("built", report.leaflets().size() - report.failedCount());
        summary.put("failed", report.failedCount());
        ArrayNode leaflets = root.putArray("leaflets");
        for (LeafletResult l : report.leaflets()) {
            leaflets.add(leaflet(l));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode leaflet(LeafletResult l) {
        ObjectNode n = JSON.createObjectNode();
        n.put("slug", l.slug());
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

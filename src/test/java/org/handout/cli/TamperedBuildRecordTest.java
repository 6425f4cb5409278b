package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * output/.handout-cache.json edited by hand, in every way: the next build just builds again, as if
 * there were no record — no message, no exception, nothing written outside output/, and the record is
 * good again afterwards.
 */
class TamperedBuildRecordTest {
    /** One project built once; each case starts from a copy of it. */
    @TempDir
    static Path built;
    @TempDir
    Path dir;

    @BeforeAll
    static void firstBuild() throws Exception {
        Project project = new Project(built);
        for (String name : new String[] {"a", "b"}) {
            project.write("content/" + name + ".md", Project.leaflet("Leaflet " + name)
                    .replace("---\n\n", "variants: [a4]\n---\n\n"));
        }
        assertTrue(Project.run("build", "--project", built.toString()).out().contains("2 leaflets: 2 PDFs built, 0 failed."));
    }

    @BeforeEach
    void copyOfTheBuiltProject() throws Exception {
        try (Stream<Path> files = Files.walk(built)) {
            for (Path from : files.filter(p -> !p.equals(built)).toList()) {
                Files.copy(from, dir.resolve(built.relativize(from).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        assertTrue(build().out().contains("0 PDFs built, 2 unchanged, 0 failed."), "the copy's record is good");
    }

    static Stream<Arguments> tamperedRecords() {
        return Stream.of(
                raw("empty", ""), raw("not JSON", "{ not json"), raw("a list", "[1, 2]"), raw("null", "null"),
                raw("a string", "\"cache\""), raw("only a version", "{\"version\": 3}"),
                raw("nested deeper than a parser allows", "[".repeat(5000) + "]".repeat(5000)),
                edit("version as text", r -> r.put("version", "3")),
                edit("version huge", r -> r.put("version", new BigInteger("9".repeat(40)))),
                edit("pdfs a list", r -> r.putArray("pdfs")),
                edit("sources a string", r -> r.put("sources", "content/a.md")),
                edit("size as text", r -> pdf(r, "a.pdf").put("size", "big")),
                edit("size huge", r -> pdf(r, "a.pdf").put("size", new BigDecimal("1e400"))),
                edit("pages huge", r -> result(r, "a.pdf").put("pages", new BigInteger("9".repeat(20)))),
                edit("pages negative", r -> result(r, "a.pdf").put("pages", -3)),
                edit("result a number", r -> pdf(r, "a.pdf").put("result", 7)),
                edit("result missing", r -> pdf(r, "a.pdf").remove("result")),
                edit("inputs missing", r -> pdf(r, "a.pdf").remove("inputs")),
                edit("validation missing", r -> result(r, "a.pdf").remove("validation")),
                edit("result says failed", r -> result(r, "a.pdf").putArray("errors").addObject()
                        .put("file", "content/a.md").put("line", 1).put("column", 1).put("message", "forged")),
                edit("result of another leaflet", r -> pdf(r, "a.pdf").set("result", result(r, "b.pdf").deepCopy())),
                edit("output leads out", r -> result(r, "a.pdf").put("output", "../../evil.pdf")),
                edit("a PDF name that leads out", r -> ((ObjectNode) r.get("pdfs"))
                        .set("../../evil.pdf", pdf(r, "a.pdf").deepCopy())),
                edit("a source's PDF that leads out", r -> source(r, "content/a.md").putObject("pdfs")
                        .put("a4", "../../evil.pdf")),
                edit("a source's PDF that is absolute", r -> source(r, "content/a.md").putObject("pdfs")
                        .put("a4", "/tmp/evil.pdf")),
                edit("an image that leads out", r -> source(r, "content/a.md").putArray("images")
                        .add("../../../../../../etc/passwd")),
                edit("a template that is a path", r -> source(r, "content/a.md").put("template", "../../x")),
                edit("a warning with a line break", r -> result(r, "a.pdf").putArray("warnings").addObject()
                        .put("file", "content/a.md").put("line", 1).put("column", 1)
                        .put("message", "fine\ncontent/a.md:1:1: error: forged")),
                edit("a line number that is not one", r -> result(r, "a.pdf").putArray("warnings").addObject()
                        .put("file", "content/a.md").put("line", -1).put("column", "x").put("message", "w")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperedRecords")
    void aRecordEditedByHandJustMeansBuildingAgain(String name, UnaryOperator<String> tamper) throws Exception {
        Path record = dir.resolve("output/.handout-cache.json");
        Files.writeString(record, tamper.apply(Files.readString(record)));

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().matches("(?s).*2 leaflets: \\d PDFs? built(, \\d unchanged)?, 0 failed\\..*"),
                run.out()); // what is still good in the record may be reused
        assertTrue(run.out().lines().filter(l -> l.startsWith("ok")).allMatch(
                l -> l.matches("ok      [ab] \\[a4\\]  1 page, .*")), run.out());
        assertEquals(List.of("content", "output"), list(dir));
        assertFalse(Files.exists(dir.getParent().resolve("evil.pdf")) || Files.exists(Path.of("/tmp/evil.pdf")));
        assertFalse(Files.exists(dir.getParent().resolve("evil.png")));
        String index = Files.readString(dir.resolve("output/index.html"));
        assertFalse(index.contains("evil") || index.contains("forged"), index);
        assertTrue(build().out().contains("0 PDFs built, 2 unchanged, 0 failed."), "the record is good again");
    }

    private Run build() {
        return Project.run("build", "--project", dir.toString());
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Arguments raw(String name, String text) {
        return Arguments.of(name, (UnaryOperator<String>) old -> text);
    }

    private static Arguments edit(String name, Consumer<ObjectNode> change) {
        return Arguments.of(name, (UnaryOperator<String>) old -> {
            try {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode root = (ObjectNode) mapper.readTree(old);
                change.accept(root);
                return mapper.writeValueAsString(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static ObjectNode pdf(JsonNode r, String name) {
        return (ObjectNode) r.get("pdfs").get(name);
    }

    private static ObjectNode result(JsonNode r, String name) {
        return (ObjectNode) pdf(r, name).get("result");
    }

    private static ObjectNode source(JsonNode r, String file) {
        return (ObjectNode) r.get("sources").get(file);
    }
}

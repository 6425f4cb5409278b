package org.handout.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Leaflet;
import org.handout.model.Metadata;
import org.handout.model.Position;
import org.handout.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that never ends — a loop too long, a macro or file that calls itself, text that doubles —
 * stops within seconds with a message at its place, instead of filling the memory or running for ever.
 */
class RunawayTemplateTest {
    /** Far more than any limit takes to reach, and far less than today's runaways take to fail. */
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String PAGE = "templates/leaflet/page.ftlh";

    @TempDir
    Path dir;

    @Test
    void aLoopThatWritesWithoutEndStopsAtTheOutputLimit() throws IOException {
        assertEquals("templates/leaflet/page.ftlh:1:1: error: the template wrote more than 20 MB of XHTML (in #list"
                + " 1..999999999 as i), so handout stopped it — check its #list loops (a leaflet's page is at most a few MB)",
                failure("<#list 1..999999999 as i>${\"x\"?left_pad(1000)}</#list>"));
    }

    @Test
    void textCapturedIntoAVariableCountsAsOutput() throws IOException {
        assertEquals("templates/leaflet/page.ftlh:2:1: error: the template wrote more than 20 MB of XHTML (in #list"
                + " 1..999999999 as i), so handout stopped it — check its #list loops (a leaflet's page is at most a few MB)",
                failure("<#assign all>\n<#list 1..999999999 as i>${\"x\"?left_pad(1000)}</#list></#assign>${all}"));
    }

    @Test
    void aLoopThatWritesNothingStopsAtTheTimeLimitAtTheLoopStillRunning() throws IOException {
        long start = System.nanoTime();
        String message = failure("<#list 1..999999999 as i>\n  <#list 1..999999999 as j></#list>\n</#list>");
        assertEquals("templates/leaflet/page.ftlh:2:3: error: the template was still running after 10 s (in #list"
                + " 1..999999999 as j), so handout stopped it — check that its loops and macros come to an end (a"
                + " template takes milliseconds)", message);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "stopped at the limit");
    }

    @Test
    void aMacroThatCallsItselfIsNamed() throws IOException {
        assertEquals("templates/leaflet/page.ftlh:2:3: error: the template calls itself without end: macro \"card\" is"
                + " called inside itself more than 100 deep — call it only inside an <#if> that ends the recursion",
                failure("<#macro card n>\n  <@card n + 1/>\n</#macro>\n<@card 1/>"));
    }

    @Test
    void aFunctionThatCallsItselfIsNamed() throws IOException {
        assertEquals("templates/leaflet/page.ftlh:1:16: error: the template calls itself without end: function \"f\""
                + " is called inside itself more than 100 deep — call it only inside an <#if> that ends the recursion",
                failure("<#function f n><#return f(n + 1)></#function>${f(1)}"));
    }

    @Test
    void aFileThatIncludesItselfIsNamed() throws IOException {
        new Project(dir).write("templates/leaflet/part.ftlh", "x\n<#include \"page.ftlh\">");
        assertEquals("templates/leaflet/page.ftlh:1:1: error: the template includes itself without end: #include"
                + " \"part.ftlh\" is nested more than 100 deep — a file must not #include or #import itself, directly"
                + " or through another file", failure("<#include \"part.ftlh\">"));
    }

    @Test
    void textThatDoublesStopsBeforeItFillsTheMemory() throws IOException {
        assertEquals("templates/leaflet/page.ftlh:1:36: error: the template built a value of more than 256 MB (in"
                + " #assign s = s + s), so handout stopped it — check text built up with + or ?join in a loop",
                failure("<#assign s = \"x\"><#list 1..64 as i><#assign s = s + s></#list>${s}"));
    }

    @Test
    void recursionThatEndsIsFine() throws Exception {
        new Project(dir).write(PAGE, "<#macro down n><#if n gt 0>${n} <@down n - 1/></#if></#macro><@down 60/>");
        String out = new TemplateEngine(dir).render(leaflet(), "a4");
        assertTrue(out.startsWith("60 59 58") && out.endsWith("2 1 "), out);
    }

    private String failure(String page) throws IOException {
        new Project(dir).write(PAGE, page);
        TemplateEngine engine = new TemplateEngine(dir);
        DiagnosticException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(DiagnosticException.class, () -> engine.render(leaflet(), "a4")));
        assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
        return e.diagnostics().get(0).toString();
    }

    private static Leaflet leaflet() {
        Position at = new Position(5, 1);
        Metadata m = new Metadata("Nursing", null, "en-GB", null, LocalDate.of(2026, 11, 1), null, List.of(),
                null, "leaflet", List.of(), null);
        return new Leaflet("job", "content/job.md", m,
                List.of(new Block.Paragraph(List.of(new Inline.Text("Care.", at)), at)));
    }
}

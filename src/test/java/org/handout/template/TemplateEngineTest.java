package org.handout.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Content is data: whatever a leaflet says, the template prints it, never runs it. */
class TemplateEngineTest {
    private static final Position AT = new Position(5, 1);

    @TempDir
    Path dir;

    @Test
    void templateSyntaxInContentIsPrintedLiterally() throws Exception {
        String xhtml = new TemplateEngine(dir).render(leaflet("Pay ${7*7} <#assign x=1> [#ftl]",
                "Text with <script>alert(1)</script> & ${7*7}"), "a4");
        assertTrue(xhtml.contains("<title>Pay ${7*7} &lt;#assign x=1&gt; [#ftl]</title>"), xhtml);
        assertTrue(xhtml.contains("<p>Text with &lt;script&gt;alert(1)&lt;/script&gt; &amp; ${7*7}</p>"), xhtml);
    }

    @Test
    void templatesCannotCreateJavaObjectsOrReachTheApi() throws Exception {
        Project p = new Project(dir).write("templates/leaflet/page.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        DiagnosticException newBuiltIn = assertThrows(DiagnosticException.class,
                () -> new TemplateEngine(dir).render(leaflet("T", "x"), "a4"));
        assertTrue(newBuiltIn.getMessage().startsWith("templates/leaflet/page.ftlh:1:"), newBuiltIn.getMessage());

        p.write("templates/leaflet/page.ftlh", "${leaflet?api.getClass()}");
        DiagnosticException api = assertThrows(DiagnosticException.class,
                () -> new TemplateEngine(dir).render(leaflet("T", "x"), "a4"));
        assertTrue(api.getMessage().startsWith("templates/leaflet/page.ftlh:1:"), api.getMessage());
    }

    @Test
    void templatesCannotIncludeFilesOutsideTheTemplatesFolder() throws Exception {
        new Project(dir).write("secret.txt", "password").write("templates/leaflet/page.ftlh",
                "<#include \"../../secret.txt\">");
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> new TemplateEngine(dir).render(leaflet("T", "x"), "a4"));
        assertFalse(e.getMessage().contains("password"));
        assertTrue(e.getMessage().startsWith("templates/leaflet/page.ftlh:1:"), e.getMessage());
    }

    @Test
    void aProjectTemplateReplacesTheBuiltInOne() throws Exception {
        new Project(dir).write("templates/leaflet/page.ftlh",
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>${leaflet.title}</h1>${body}</body></html>");
        String xhtml = new TemplateEngine(dir).render(leaflet("Nursing", "Care."), "a4");
        assertEquals("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>Nursing</h1><p>Care.</p>\n</body></html>", xhtml);
    }

    @Test
    void aTemplateErrorNamesTheTemplateFileLineAndColumn() throws Exception {
        new Project(dir).write("templates/leaflet/page.ftlh", "<html>\n<p>${leaflet.title</p>\n</html>");
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> new TemplateEngine(dir).render(leaflet("Nursing", "Care."), "a4"));
        assertTrue(e.diagnostics().get(0).toString().startsWith("templates/leaflet/page.ftlh:2:"),
                e.diagnostics().toString());
    }

    @Test
    void aSyntaxErrorGivesFreemarkersReasonAndFix() throws Exception {
        assertEquals("templates/leaflet/page.ftlh:2:20: error: template syntax: Encountered \"/\" here, where FreeMarker"
                + " expected something else — check for an unclosed ${…} or <#…>, or a missing quote or bracket, just"
                + " before it", error("<html>\n<p>${leaflet.title</p>\n</html>"));
        assertEquals("templates/leaflet/page.ftlh:1:22: error: template syntax: Unexpected end of file reached. You have"
                + " an unclosed #if — check if the FreeMarker end-tags are present, and aren't malformed",
                error("<#if leaflet.title??>x"));
        assertEquals("templates/leaflet/page.ftlh:1:2: error: template syntax: Unknown directive: #lst — see"
                + " http://freemarker.org/docs/ref_directive_alphaidx.html", error("<#lst leaflet.keywords as k></#lst>"));
    }

    @Test
    void aSyntaxErrorReadsTheSameForEveryLeafletAndVariant() throws Exception {
        new Project(dir).write("templates/leaflet/page.ftlh", "<#if leaflet.title??>x");
        TemplateEngine engine = new TemplateEngine(dir);
        List<String> messages = new java.util.ArrayList<>();
        for (String variant : List.of("a4", "a5")) {
            messages.add(assertThrows(DiagnosticException.class, () -> engine.render(leaflet("T", "x"), variant))
                    .diagnostics().toString());
        }
        assertEquals(messages.get(0), messages.get(1));
    }

    @Test
    void aSyntaxErrorInAnIncludedFileIsReportedThere() throws Exception {
        new Project(dir).write("templates/leaflet/part.ftlh", "<p>\n  ${oops</p>");
        assertEquals("templates/leaflet/part.ftlh:2:10: error: template syntax: Encountered \"/\" here, where FreeMarker"
                + " expected something else — check for an unclosed ${…} or <#…>, or a missing quote or bracket, just"
                + " before it", error("<#include \"part.ftlh\">"));
    }

    @Test
    void aRuntimeErrorGivesFreemarkersReasonWithoutJavaNames() throws Exception {
        assertEquals("templates/leaflet/page.ftlh:2:6: error: nosuch has evaluated to null or missing — if it may be"
                + " missing, give a default, nosuch!\"\", or test it first with <#if nosuch??>",
                error("<html>\n<p>${nosuch}</p>\n</html>"));
        assertEquals("templates/leaflet/page.ftlh:1:3: error: Can't convert this string to number: \"Nursing\""
                + " (leaflet.title?number) — the values a template gets, and what each one is, are listed in handout's"
                + " docs/templates.md", error("${leaflet.title?number}"));
        assertEquals("templates/leaflet/page.ftlh:1:3: error: For \"${...}\" content: Expected a string or something"
                + " automatically convertible to string (number, date or boolean), or \"template output\", but this has"
                + " evaluated to a sequence: leaflet.keywords — the values a template gets, and what each one is, are"
                + " listed in handout's docs/templates.md", error("${leaflet.keywords}"));
        assertEquals("templates/leaflet/page.ftlh:1:1: error: there is no template file \"leaflet/nosuch.ftlh\" to"
                + " include — a name is relative to the file that includes it, inside templates/",
                error("<#include \"nosuch.ftlh\">"));
    }

    @Test
    void anAttemptThatRecoversPrintsNothing() throws Exception {
        new Project(dir).write("templates/leaflet/page.ftlh", "<#attempt>${nosuch}<#recover>fine</#attempt>");
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertEquals("fine", new TemplateEngine(dir).render(leaflet("T", "x"), "a4"));
        } finally {
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTemplateFileLinkedToOutsideTheTemplatesFolderIsRefusedByName() throws Exception {
        Project p = new Project(dir).write("content/notes.md", "private notes").write("templates/leaflet/page.ftlh", "");
        Files.createSymbolicLink(dir.resolve("templates/leaflet").resolve("part.ftlh"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(dir.resolve("templates/leaflet").resolve("notes.ftlh"), dir.resolve("content/notes.md"));
        String outside = " is a link to a file outside the project's templates/ folder, which a template may not"
                + " read — copy the file into templates/ instead of linking to it";
        assertEquals("templates/leaflet/page.ftlh:2:1: error: templates/leaflet/part.ftlh" + outside,
                error("<p>\n<#include \"part.ftlh\"></p>"));
        assertEquals("templates/leaflet/page.ftlh:1:1: error: templates/leaflet/notes.ftlh" + outside,
                error("<#import \"notes.ftlh\" as notes>"));

        Files.delete(p.root().resolve("templates/leaflet/page.ftlh"));
        Files.createSymbolicLink(dir.resolve("templates/leaflet/page.ftlh"), Path.of("/etc/passwd"));
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> new TemplateEngine(dir).render(leaflet("T", "x"), "a4"));
        assertEquals("templates/leaflet/page.ftlh: error: templates/leaflet/page.ftlh" + outside,
                e.diagnostics().get(0).toString());
    }

    /** The one error a leaflet gets from this page, as printed. */
    private String error(String page) throws Exception {
        new Project(dir).write("templates/leaflet/page.ftlh", page);
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> new TemplateEngine(dir).render(leaflet("Nursing", "Care."), "a4"));
        assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
        return e.diagnostics().get(0).toString();
    }

    @Test
    void anUnknownTemplateNameSaysWhichTemplatesExist() {
        Leaflet l = leaflet("Nursing", "Care.");
        Leaflet other = new Leaflet(l.slug(), l.sourceFile(), withTemplate(l.metadata(), "brochure"), l.body());
        DiagnosticException e = assertThrows(DiagnosticException.class, () -> new TemplateEngine(dir).render(other, "a4"));
        assertEquals("content/job.md: error: template \"brochure\" not found — there is no"
                + " templates/brochure/page.ftlh in the project and no built-in template of that name"
                + " (built in: leaflet)", e.diagnostics().get(0).toString());
    }

    @Test
    void headingsGetStableAnchorsForBookmarks() throws Exception {
        Leaflet l = leaflet("Nursing", "Intro.");
        Leaflet withHeadings = new Leaflet(l.slug(), l.sourceFile(), l.metadata(), List.of(
                new Block.Heading(2, List.of(new Inline.Text("Pay & conditions", AT)), AT),
                new Block.Heading(2, List.of(new Inline.Text("Pay & conditions", AT)), AT)));
        String xhtml = new TemplateEngine(dir).render(withHeadings, "a4");
        assertTrue(xhtml.contains("<h2 id=\"s-pay-conditions\">Pay &amp; conditions</h2>"), xhtml);
        assertTrue(xhtml.contains("<h2 id=\"s-pay-conditions-2\">"), xhtml);
        assertTrue(xhtml.contains("<bookmark name=\"Pay &amp; conditions\" href=\"#s-pay-conditions\">"), xhtml);
    }

    private static Leaflet leaflet(String title, String paragraph) {
        Metadata m = new Metadata(title, null, "en-GB", null, LocalDate.of(2026, 11, 1), null, List.of(),
                null, "leaflet", List.of(), null);
        return new Leaflet("job", "content/job.md", m,
                List.of(new Block.Paragraph(List.of(new Inline.Text(paragraph, AT)), AT)));
    }

    private static Metadata withTemplate(Metadata m, String template) {
        return new Metadata(m.title(), m.subtitle(), m.lang(), m.summary(), m.reviewed(), m.source(),
                m.keywords(), m.author(), template, m.variants(), m.contact());
    }
}

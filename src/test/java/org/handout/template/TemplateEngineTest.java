package org.handout.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

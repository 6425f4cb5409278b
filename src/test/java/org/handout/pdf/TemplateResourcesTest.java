package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.handout.testing.CustomTemplate;
import org.handout.testing.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a template asks the layout engine to load — fonts, pictures, style sheets — comes only from the
 * project: a web address is refused and never fetched (a server on this machine sees no connection), a
 * missing file or a file that is no font is named, each once, at the place in the template that names it.
 */
class TemplateResourcesTest {
    private static final String LEAFLET = """
            ---
            title: Radiographer
            reviewed: 2026-11-01
            template: custom
            variants: [a4]
            ---

            Radiographers work in hospitals.
            """;
    private static final String NEVER_FETCHED = "handout only reads files inside the project and never fetches from"
            + " the network";

    @TempDir
    Path dir;
    Project project;
    ServerSocket server;
    String web;

    @BeforeEach
    void project() throws IOException {
        project = new Project(dir).write("content/job.md", LEAFLET);
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        web = "http://127.0.0.1:" + server.getLocalPort();
    }

    @AfterEach
    void noConnectionWasMade() throws IOException {
        server.setSoTimeout(200);
        assertThrows(SocketTimeoutException.class, () -> server.accept().close(), "handout fetched from the web");
        server.close();
    }

    @Test
    void aFontOnTheWebIsRefusedOnceWithTheFontToUse() throws IOException {
        String font = web + "/font.woff";
        List<String> errors = errors(css -> css + "\n@font-face { font-family: \"Web\"; src: url(" + font + "); }\n"
                + "html, body, pre, code { font-family: \"Web\"; }\n", page -> page);
        assertEquals(List.of(at("templates/custom/style.css", font) + ": error: the font " + font + " could not be"
                + " loaded: " + NEVER_FETCHED + " — use the embedded \"Atkinson Hyperlegible Next\""), errors);
    }

    @Test
    void aFamilyWithNoFontDrawsNoTextAndTheFidelityCheckSaysSo() throws IOException {
        assertEquals(List.of("content/job.md:8:1: error: the paragraph \"Radiographers work in hospitals.\" is missing"
                + " from output/job.pdf: its words are not drawn on any page — check the template \"custom\""),
                errors(css -> css + "\n.body p { font-family: serif; }\n", page -> page));
    }

    @Test
    void aFontFileThatIsNotAFontIsNamed() throws IOException {
        project.write("templates/custom/fonts/brand.ttf", "not a font at all");
        List<String> errors = errors(css -> css + "\n@font-face { font-family: \"Brand\"; src:"
                + " url(../templates/custom/fonts/brand.ttf); }\nh1 { font-family: \"Brand\"; }\n", page -> page);
        assertEquals(List.of(at("templates/custom/style.css", "brand.ttf") + ": error: the font"
                + " templates/custom/fonts/brand.ttf could not be loaded: it is not a TrueType or OpenType font file —"
                + " use a .ttf or .otf file, or the embedded \"Atkinson Hyperlegible Next\""), errors);
    }

    @Test
    void aMissingPictureIsNamedWhereThePageShowsIt() throws IOException {
        List<String> errors = errors(css -> css, page -> page.replace("<div class=\"body\">",
                "<div class=\"body\"><img src=\"logo.png\" alt=\"Our logo\"/>"));
        assertEquals(List.of(at("templates/custom/page.ftlh", "logo.png") + ": error: the picture content/logo.png"
                + " could not be loaded: there is no such file — check the address (in a template it is relative to"
                + " the leaflet's folder)"), errors);
    }

    @Test
    void picturesStyleSheetsImportsAndBackgroundsOnTheWebAreRefusedNeverFetched() throws IOException {
        List<String> errors = errors(css -> "@import url(" + web + "/imported.css);\n" + css
                        + "\n.masthead { background-image: url(" + web + "/bg.png); }\n",
                page -> page.replace("<style>", "<link rel=\"stylesheet\" href=\"" + web + "/more.css\"/><style>")
                        .replace("<div class=\"body\">", "<div class=\"body\"><img src=\"" + web + "/logo.png\" alt=\"Logo\"/>"));
        assertEquals(List.of( // file by file, each in line order
                at("templates/custom/page.ftlh", web + "/more.css") + ": error: refused to load " + web + "/more.css — "
                        + NEVER_FETCHED,
                at("templates/custom/page.ftlh", web + "/logo.png") + ": error: refused to load " + web + "/logo.png — "
                        + NEVER_FETCHED,
                at("templates/custom/style.css", web + "/imported.css") + ": error: refused to load " + web
                        + "/imported.css — " + NEVER_FETCHED,
                at("templates/custom/style.css", web + "/bg.png") + ": error: refused to load " + web + "/bg.png — "
                        + NEVER_FETCHED), errors);
    }

    /** {@code FILE:LINE:COL} of the first place the template's file has this text. */
    private String at(String file, String text) throws IOException {
        String content = new String(project.read(file), StandardCharsets.UTF_8);
        int index = content.indexOf(text);
        int line = (int) content.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return file + ":" + line + ":" + (index - content.lastIndexOf('\n', index - 1));
    }

    private List<String> errors(UnaryOperator<String> css, UnaryOperator<String> page) throws IOException {
        return CustomTemplate.errors(project, css, page);
    }
}

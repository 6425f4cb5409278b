package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.handout.testing.CustomTemplate;
import org.handout.testing.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSS and markup the layout engine (OpenHTMLtoPDF) fails on are named at the template, in plain words:
 * never "layout failed: NullPointerException", an engine class name or a stack trace.
 */
class TemplateLayoutFailuresTest {
    private static final String LEAFLET = """
            ---
            title: Radiographer
            reviewed: 2026-11-01
            summary: Radiographers take X-rays and scans.
            template: custom
            variants: [a4]
            ---

            Radiographers work in hospitals.

            ## What you do

            - take X-rays
            - explain scans to patients

            | Band | Pay |
            | --- | --- |
            | 5 | £28,000 |
            """;

    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void project() throws IOException {
        project = new Project(dir).write("content/job.md", LEAFLET);
    }

    @Test
    void columnsAroundATableAreNamedNotANullPointer() throws IOException {
        assertEquals(List.of("templates/custom/page.ftlh: error: the layout engine failed on something in the"
                + " template's CSS or markup while laying out a table — undo the template's last change to find it;"
                + " column-count, float, position and transform are the usual causes"),
                errors(css -> css + "\nbody { column-count: 3; column-gap: 900mm; }\n", page -> page));
    }

    @Test
    void marginsWiderThanThePaperAreNamed() throws IOException {
        assertEquals(List.of("templates/custom/page.ftlh: error: the page has no room for text: its left and right"
                + " margins take the whole width of the paper, or more — check size: and margin: in the template's"
                + " @page rules"), errors(css -> css + "\n@page { margin: 120mm; }\n", page -> page));
        assertEquals(List.of("templates/custom/page.ftlh: error: the page has no room for text: its top and bottom"
                + " margins take the whole height of the paper, or more — check size: and margin: in the template's"
                + " @page rules"), errors(css -> css + "\n@page { margin: 150mm 10mm; }\n", page -> page));
    }

    @Test
    void elementsNestedTooDeeplyAreNamed() throws IOException {
        assertEquals(List.of("templates/custom/page.ftlh: error: the page nests elements too deeply for the layout"
                + " engine to follow — put fewer elements inside each other"), errors(css -> css, page -> page.replace(
                "${body}", "<#list 1..3000 as i><div></#list>${body}<#list 1..3000 as i></div></#list>")));
    }

    @Test
    void anUnknownFontFamilyIsNamedWhereTheCssNamesIt() throws IOException {
        List<String> errors = errors(css -> css + "\nhtml, body, pre, code { font-family: \"Comic Sans MS\"; }\n",
                page -> page);
        String css = new String(project.read("templates/custom/style.css"), StandardCharsets.UTF_8);
        int line = (int) css.substring(0, css.indexOf("\"Comic Sans MS\"")).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(List.of("templates/custom/style.css:" + line + ":39: error: the font family \"Comic Sans MS\" is"
                + " not one handout has, so text in it cannot be drawn — name only font-family: \"Atkinson Hyperlegible"
                + " Next\", \"Noto Sans\", \"Noto Sans Arabic\" (handout embeds them, and never uses the computer's or the"
                + " web's fonts)"), errors);
    }

    private List<String> errors(UnaryOperator<String> css, UnaryOperator<String> page) throws IOException {
        return CustomTemplate.errors(project, css, page);
    }
}

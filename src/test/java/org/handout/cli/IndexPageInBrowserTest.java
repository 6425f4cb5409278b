package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.testing.Browser;
import org.handout.testing.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's index.html, opened in a real browser (headless Chromium) and checked there with
 * axe-core: zero violations, every thumbnail shown. In CI ({@code CI} set) a missing browser is a
 * failure; on a developer's machine without Chromium the test is skipped with what to install.
 */
class IndexPageInBrowserTest {
    private Browser browser;

    /** Per test, not per class: a skip then shows in Maven's count ("Skipped: 2") instead of as 0 tests run. */
    @BeforeEach
    void findBrowser() {
        browser = Browser.find().orElse(null);
        if (browser == null && System.getenv("CI") != null) {
            fail(Browser.howToInstall());
        }
        if (browser == null) {
            Browser.sayOnceWhySkipped("index.html is not checked in a browser");
        }
        assumeTrue(browser != null, Browser.howToInstall());
    }

    @Test
    void theIndexOfABuildWithGoodAndBadLeafletsHasNoAccessibilityViolations(@TempDir Path dir, @TempDir Path scratch)
            throws Exception {
        Project project = new Project(dir)
                .write("content/nursing.md", Project.leaflet("Nursing").replace("help people", "[click here](https://www.nhs.uk)"))
                .write("content/cy/nyrsio.md", Project.leaflet("Nyrsio").replace("---\n\n", "lang: cy\n---\n\n"))
                .write("content/broken.md", Project.leaflet("Broken"))
                .write("content/never.md", Project.leaflet("Never built").replace("reviewed: 2026-11-01", "reviewed: soon"));
        assertEquals(1, Project.run("build", "--project", dir.toString()).exitCode(), "one leaflet has an error");
        project.write("content/broken.md", Project.leaflet("Broken").replace("reviewed: 2026-11-01", "reviewed: soon"));
        assertEquals(1, Project.run("build", "--project", dir.toString()).exitCode(), "two leaflets have an error");
        assertTrue(Files.readString(project.root().resolve("output/index.html")).contains("this build failed"),
                "the index marks broken's PDFs as from the earlier build");

        Browser.Verdict verdict = browser.check(project.root().resolve("output/index.html"), scratch);

        assertEquals(java.util.List.of(), verdict.violations());
        assertTrue(verdict.passes() > 10, "axe ran its rules: " + verdict.passes() + " passed");
        assertEquals(java.util.List.of(), verdict.brokenImages(), "every thumbnail loads");
    }

    @Test
    void theCheckerCatchesAPageThatBreaksTheRules(@TempDir Path dir, @TempDir Path scratch) throws Exception {
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>Bad</title></head><body>"
                + "<img src=\"missing.png\"><p style=\"color:#bbb;background:#fff\">Faint text</p></body></html>");

        Browser.Verdict verdict = browser.check(page, scratch);

        var ids = verdict.violations().stream().map(Browser.Violation::id).toList();
        assertTrue(ids.containsAll(java.util.List.of("image-alt", "html-has-lang", "color-contrast")), ids.toString());
        assertEquals(java.util.List.of("missing.png"), verdict.brokenImages());
    }
}

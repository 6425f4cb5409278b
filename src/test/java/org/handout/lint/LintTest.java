package org.handout.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handout.content.LeafletReader;
import org.handout.content.ProjectDefaults;
import org.handout.content.SourceFile;
import org.handout.diagnostic.Diagnostic;
import org.handout.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The advice a careers adviser gets about a leaflet that builds but could serve readers better. */
class LintTest {
    @TempDir
    Path project;

    @Test
    void linkTextMustSayWhereTheLinkGoes() throws Exception {
        assertWarnings("""
                Apply [here](https://jobs.nhs.uk). [Click here!](https://a.example) [More](https://b.example)
                See https://www.nhs.uk or [NHS Jobs](https://www.jobs.nhs.uk) and [https://nhs.uk](https://nhs.uk).
                """,
                "content/x.md:6:7: warning: link text \"here\" does not say where the link goes — screen-reader users"
                        + " often hear links on their own; use words like \"NHS Health Careers: nursing roles\"",
                "content/x.md:6:36: warning: link text \"Click here!\" does not say where the link goes — screen-reader"
                        + " users often hear links on their own; use words like \"NHS Health Careers: nursing roles\"",
                "content/x.md:6:69: warning: link text \"More\" does not say where the link goes — screen-reader users"
                        + " often hear links on their own; use words like \"NHS Health Careers: nursing roles\"",
                "content/x.md:7:67: warning: link text is a bare address (https://nhs.uk) — a screen reader spells"
                        + " it out; use words that say where it goes (the address is still printed)");
    }

    @Test
    void altTextDescribesThePictureBriefly() throws Exception {
        Files.createDirectories(project.resolve("content"));
        Files.write(project.resolve("content/lab.png"), Pictures.png(40, 30)); // a whole picture: it is decoded
        assertWarnings("![Image of a nurse](lab.png)\n\n![" + "A".repeat(251) + "](lab.png)\n\n![](lab.png \"decorative\")\n",
                "content/x.md:6:1: warning: alt text starts \"Image of\" — screen readers already say it is an image;"
                        + " describe what it shows",
                "content/x.md:8:1: warning: alt text is 251 characters long (more than 250) — keep it short, and put"
                        + " a longer description in the text");
    }

    @Test
    void tablesNeedAHeaderRowAndCapitalsAreNotForWholePhrases() throws Exception {
        assertWarnings("|  |  |\n|--|--|\n| a | b |\n\nAPPLY NOW FOR THE NEW COURSE today. The NHS and UCAS are fine.\n",
                "content/x.md:6:1: warning: this table has no header row — put a heading for each column in its first"
                        + " row, so a screen reader can say which column a cell is in",
                "content/x.md:10:1: warning: text in capitals (\"APPLY NOW FOR THE NEW COURSE today. The NHS and UCAS"
                        + " are fine.\") is hard to read and some screen readers spell it out — write it in sentence"
                        + " case; use **bold** for emphasis");
    }

    @Test
    void longSentencesOfLongWordsAreHardToRead() throws Exception {
        String hard = "Multidisciplinary healthcare professionals collaboratively investigate physiological abnormalities,"
                + " systematically administering sophisticated diagnostic methodologies and evaluating"
                + " pharmacological interventions, consequently facilitating individualised rehabilitation"
                + " programmes. ";
        String easy = "You help people. You work in a team. You learn on the job. It is a good job. ";
        assertEquals(List.of(), warnings(easy.repeat(30)));
        List<String> warnings = warnings(hard.repeat(5));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).matches("content/x\\.md:6:1: warning: hard to read: Flesch–Kincaid grade \\d+\\.\\d"
                + " \\(reading ease -?\\d+\\), above the project's limit of 10\\.0 — use shorter sentences and"
                + " everyday words; the longest sentence \\(21 words\\) is in the paragraph on this line"), warnings.get(0));
    }

    /** The summary is in the front matter: the warning names its line there, not no line at all. */
    @Test
    void aHardSummaryIsNamedAtItsLineInTheFrontMatter() throws Exception {
        String hard = "Multidisciplinary healthcare professionals collaboratively investigate physiological"
                + " abnormalities, systematically administering sophisticated diagnostic methodologies. ";
        List<String> warnings = warnings("---\ntitle: T\nsummary: " + hard.repeat(10) + "\nreviewed: 2026-11-01\n---\n\n",
                "You help people.");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("content/x.md:3:10: warning: hard to read: Flesch–Kincaid grade"),
                warnings.get(0));
    }

    @Test
    void syllablesAreCountedByVowelGroups() {
        assertEquals(List.of(1, 1, 2, 3, 4), List.of("the", "care", "nurses", "hospital", "physiology").stream()
                .map(Readability::syllables).toList());
    }

    @Test
    void pluralEndingsAreASyllableEachHoweverManyThereAre() {
        assertEquals(List.of(2, 2, 2), List.of("boxes", "churches", "changes").stream()
                .map(Readability::syllables).toList());
        assertEquals(50_000, Readability.syllables("es".repeat(50_000)), "a pasted run of letters, counted in a loop");
    }

    private void assertWarnings(String body, String... expected) throws Exception {
        assertEquals(List.of(expected), warnings(body));
    }

    private List<String> warnings(String body) throws Exception {
        return warnings("---\ntitle: T\nreviewed: 2026-11-01\n---\n\n", body);
    }

    private List<String> warnings(String frontMatter, String body) throws Exception {
        Path file = project.resolve("content/x.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, frontMatter + body);
        var leaflet = new LeafletReader(project, ProjectDefaults.builtIn())
                .read(new SourceFile(file, "content/x.md", "x")).leaflet();
        return new Lint(new LintSettings(10)).check(leaflet).stream().map(Diagnostic::toString).toList();
    }
}

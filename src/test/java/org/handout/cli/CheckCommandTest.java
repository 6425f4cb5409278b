package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handout check} in a pre-commit hook, and {@code --strict} in CI. */
class CheckCommandTest {
    private static final String VAGUE = Project.leaflet("Apply").replace("- help people", "- [click here](https://www.jobs.nhs.uk)");

    @TempDir
    Path dir;

    @Test
    void checkReportsWarningsAndErrorsWithoutWritingAnything() throws Exception {
        new Project(dir).write("content/vague.md", VAGUE).write("content/broken.md", "---\ntitle: T\n---\n");

        Run run = Project.run("check", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/broken.md:1: error: missing \"reviewed:\""), run.err());
        assertTrue(run.err().contains("content/vague.md:11:3: warning: link text \"click here\" does not say"
                + " where the link goes"), run.err());
        assertTrue(run.out().contains("2 leaflets checked: 1 with errors, 1 warning."), run.out());
        assertFalse(new Project(dir).exists("output"), "check writes nothing");
    }

    @Test
    void aLeafletWithAnErrorInItsBodyStillHasEveryOtherProblemNamed() throws Exception {
        new Project(dir).write("content/vague.md", VAGUE.replace("- work in a team", "- work in a team \u4e2d\n\n![](x.png)"));

        Run run = Project.run("check", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/vague.md:14:1: error: this image has no alt text"), run.err());
        assertTrue(run.err().contains("content/vague.md:12:18: error: the character \u4e2d"), run.err());
        assertTrue(run.err().contains("content/vague.md:11:3: warning: link text \"click here\""), run.err());
        assertTrue(run.out().contains("1 leaflet checked: 1 with errors, 1 warning."), run.out());
    }

    @Test
    void warningsAloneLetTheBuildPassUnlessStrict() throws Exception {
        new Project(dir).write("content/vague.md", VAGUE);

        Run relaxed = Project.run("build", "--project", dir.toString());
        assertEquals(0, relaxed.exitCode(), relaxed.err());
        assertTrue(relaxed.err().contains("content/vague.md:11:3: warning: link text \"click here\""), relaxed.err());

        Run strict = Project.run("build", "--strict", "--project", dir.toString());
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains("content/vague.md:11:3: error: link text \"click here\" does not say where"
                + " the link goes"), strict.err());
        assertTrue(strict.err().contains("(--strict)"), strict.err());
        assertEquals(1, Project.run("check", "--strict", "--project", dir.toString()).exitCode());
    }

    @Test
    void theReadingGradeLimitComesFromHandoutYaml() throws Exception {
        String dense = "Healthcare scientists investigate physiological abnormalities and administer diagnostic"
                + " examinations in hospital laboratories throughout the country. ";
        Project p = new Project(dir).write("content/dense.md",
                "---\ntitle: Dense\nreviewed: 2026-11-01\n---\n\n" + dense.repeat(10) + "\n");
        assertTrue(Project.run("check", "--project", dir.toString()).err().contains("warning: hard to read"));

        p.write("handout.yaml", "max-reading-grade: 30\n");
        assertFalse(Project.run("check", "--project", dir.toString()).err().contains("hard to read"));

        p.write("handout.yaml", "max-reading-grad: 30\n");
        Run typo = Project.run("check", "--project", dir.toString());
        assertEquals(1, typo.exitCode());
        assertTrue(typo.err().contains("handout.yaml:1:1: error: unknown key \"max-reading-grad\" in the"
                + " handout.yaml — did you mean \"max-reading-grade\"?"), typo.err());
    }
}

package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.handout.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A progress bar only where a person watches a terminal; CI logs and pipes get plain lines. */
class TerminalProgressTest {
    private static final Map<String, String> DESKTOP = Map.of("TERM", "xterm-256color");

    @Test
    void anInteractiveTerminalGetsABar() {
        assertTrue(TerminalProgress.wanted(false, true, DESKTOP));
    }

    @Test
    void ciPipesDumbTerminalsAndQuietGetPlainLines() {
        assertFalse(TerminalProgress.wanted(false, true, Map.of("TERM", "xterm", "CI", "true")), "CI set");
        assertFalse(TerminalProgress.wanted(false, false, DESKTOP), "output is not a terminal");
        assertFalse(TerminalProgress.wanted(false, true, Map.of("TERM", "dumb")), "TERM=dumb");
        assertFalse(TerminalProgress.wanted(true, true, DESKTOP), "--quiet");
    }

    @Test
    void aBuildWhoseOutputIsNotATerminalPrintsPlainLines(@TempDir Path dir) throws Exception {
        new Project(dir).write("content/a.md", Project.leaflet("Nursing"))
                .write("content/b.md", Project.leaflet("Bad").replace("reviewed: 2026-11-01", "reviewed: soon"));
        Project.Run run = Project.run("build", "--project", dir.toString());
        String printed = run.out() + run.err();
        assertTrue(printed.contains("ok      a [a4]") && printed.contains("FAILED  b"), printed);
        assertFalse(printed.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no escape sequences or carriage returns");
    }
}

package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;

/** The benchmark anyone can rerun prints its figures (which figures, not how fast: that is the machine's). */
class BenchCommandTest {
    @Test
    void benchBuildsItsCorpusAndPrintsThroughputStagesAndHeap() {
        Run run = Project.run("bench", "--leaflets", "3", "--jobs", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("corpus: 3 leaflets"), run.out());
        assertTrue(run.out().matches("(?s).*second build \\(warm\\) +[0-9.]+ s +[0-9.]+ leaflets/s  \\(0 failed\\).*"),
                run.out());
        assertTrue(run.out().contains("incremental rebuild"), run.out());
        for (String stage : new String[] {"read + checks + lint", "template + XHTML", "layout + PDF", "veraPDF"}) {
            assertTrue(run.out().contains(stage), stage);
        }
        assertTrue(run.out().matches("(?s).*peak heap: \\d+ MB.*"), run.out());
        assertTrue(run.out().matches("(?s).*veraPDF alone \\(warm\\) +[0-9.]+ s +[0-9.]+ PDFs/s  \\(3 PDFs, \\d+ threads.*"),
                run.out());
        assertTrue(run.out().matches("(?s).*warm build / veraPDF alone: [0-9.]+ .*"), run.out());
        assertTrue(run.out().matches("(?s).*median PDF: [0-9,]+ bytes; veraPDF checks: [1-9][0-9,]* per page.*"), run.out());
    }
}

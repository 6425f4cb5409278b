package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handout.batch.Shard;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CI matrix spreads a corpus over machines and joins the reports; dashboards read junit.xml. */
class ShardsAndReportsTest {
    @TempDir
    Path dir;

    @Test
    void threeShardsCoverEveryLeafletOnceAndTheirMergedReportIsTheWholeBuildsReport() throws Exception {
        Project p = new Project(dir);
        for (int i = 0; i < 9; i++) {
            p.write("content/leaflet-" + i + ".md", Project.leaflet("Leaflet " + i).replace("---\n\n", "variants: [a4]\n---\n\n"));
        }
        p.write("content/broken.md", "---\ntitle: Broken\n---\n");
        Run whole = Project.run("build", "--project", dir.toString(), "--out", dir.resolve("whole").toString());
        assertEquals(1, whole.exitCode());

        List<String> built = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("report", "merge", "--out", dir.resolve("merged").toString()));
        for (int i = 1; i <= 3; i++) {
            Path out = dir.resolve("shard" + i);
            for (String line : Project.run("build", "--project", dir.toString(), "--shard", i + "/3", "--out",
                    out.toString()).out().lines().toList()) {
                if (line.startsWith("ok") || line.startsWith("FAILED")) {
                    built.add(line.split("\\s+")[1]);
                }
            }
            args.add(out.toString());
        }
        built.sort(null);
        List<String> expected = new ArrayList<>(List.of("broken"));
        for (int i = 0; i < 9; i++) {
            expected.add("leaflet-" + i);
        }
        assertEquals(expected, built, "every leaflet in exactly one shard");

        Run merge = Project.run(args.toArray(String[]::new));
        assertEquals(1, merge.exitCode(), "the broken leaflet keeps the merged result failing");
        assertArrayEquals(p.read("whole/report.json"), p.read("merged/report.json"));
        assertArrayEquals(p.read("whole/junit.xml"), p.read("merged/junit.xml"));
    }

    @Test
    void junitXmlHasACasePerLeafletAndFlavourWithTheFailureMessages() throws Exception {
        new Project(dir).write("content/good.md", Project.leaflet("Good").replace("---\n\n", "variants: [a4]\n---\n\n"))
                .write("content/bad.md", "---\ntitle: Bad\n---\n");
        Project.run("build", "--project", dir.toString());
        String xml = new String(new Project(dir).read("output/junit.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<testsuite name=\"handout\" tests=\"3\" failures=\"1\""), xml);
        assertTrue(xml.contains("<testcase classname=\"content/good.md [a4]\" name=\"PDF/UA-1\"></testcase>"), xml);
        assertTrue(xml.contains("<testcase classname=\"content/good.md [a4]\" name=\"PDF/A-2A\"></testcase>"), xml);
        assertTrue(xml.contains("<testcase classname=\"content/bad.md\" name=\"build\"><failure message=\"content/bad.md:1:"
                + " error: missing &quot;reviewed:&quot; in the front matter"), xml);
    }

    @Test
    void aShardIsWrittenIOverN() {
        assertEquals(new Shard(2, 3), Shard.parse("2/3"));
        Run run = Project.run("build", "--shard", "4/3", "--project", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--shard: a shard is I/N with 1 ≤ I ≤ N"), run.err());
    }
}

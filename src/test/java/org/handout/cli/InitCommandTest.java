package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.handout.testing.Shared;
import org.handout.testing.TaggedPdf;
import org.handout.validation.FlavourResult;
import org.handout.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code handout init}: a new project that builds at once, made only where nothing can be overwritten. */
class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void aNewProjectBuildsItsExampleIntoValidPdfsWithEveryFeature() throws Exception {
        Path project = dir.resolve("my-leaflets");
        Run init = Project.run("init", project.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().contains("cd " + project), init.out());
        assertTrue(init.out().contains("handout build"), init.out());
        for (InitCommand.Part part : InitCommand.PARTS) {
            assertTrue(Files.isRegularFile(project.resolve(part.path())), part.path());
        }
        assertTrue(Files.readString(project.resolve(".gitignore")).lines().anyMatch("output/"::equals));

        Run build = Project.run("build", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.out() + build.err());
        assertEquals("", build.err(), "the example leaflet has no warnings");
        assertTrue(build.out().contains("1 leaflet: 3 PDFs built, 0 failed"), build.out());

        for (String pdf : List.of("apprenticeships.pdf", "apprenticeships.large-print.pdf", "apprenticeships.a5.pdf")) {
            byte[] bytes = Files.readAllBytes(project.resolve("output").resolve(pdf));
            ValidationReport report = Shared.VALIDATOR.validate(pdf, bytes);
            assertEquals(List.of("ua1=true", "2a=true"),
                    report.results().stream().map(r -> r.flavourId() + "=" + r.compliant()).toList(), pdf);
            assertTrue(report.results().stream().allMatch(r -> r.failures().isEmpty()), pdf);
        }
        try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(project.resolve("output/apprenticeships.pdf")))) {
            List<String> types = pdf.elements().stream().map(TaggedPdf.Element::type).toList();
            assertTrue(types.containsAll(List.of("H1", "H2", "H3", "P", "L", "LI", "Table", "TH", "TD", "Figure",
                    "Link", "BlockQuote")), types.toString());
            String text = pdf.readingOrderText();
            assertTrue(text.contains("Find out more") && text.contains("advice@example.org"), "the contact box");
            assertTrue(text.contains("www.example.org/careers/engineering-apprenticeships"), "the source address");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowChecksOutHandoutAndBuildsTheProject() throws Exception {
        assertEquals(0, Project.run("init", dir.toString()).exitCode());
        Map<String, Object> workflow = new Yaml().load(Files.readString(dir.resolve(".github/workflows/leaflets.yml")));
        List<Map<String, Object>> steps = ((Map<String, Map<String, List<Map<String, Object>>>>) workflow.get("jobs"))
                .get("build").get("steps");
        List<Object> runs = steps.stream().map(s -> s.get("run")).filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of(".handout/handout check --strict", ".handout/handout build"), runs);
        assertTrue(steps.stream().anyMatch(s -> s.get("with") instanceof Map<?, ?> w && ".handout".equals(w.get("path"))),
                "handout is checked out into .handout");
    }

    @Test
    void aFolderWithOtherFilesIsRefusedAndLeftAlone() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Run run = Project.run("init", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("this folder holds other files (notes.txt)"), run.err());
        assertTrue(run.err().contains("nothing was changed"), run.err());
        assertEquals(List.of("notes.txt"), list(dir));
    }

    @Test
    void aFolderThatIsAlreadyAProjectIsRefusedEvenWithForce() throws Exception {
        new Project(dir).write("content/job.md", Project.leaflet("A job"));
        Run run = Project.run("init", "--force", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("already holds a handout project (content)"), run.err());
        assertEquals(List.of("job.md"), list(dir.resolve("content")));
        assertFalse(Files.exists(dir.resolve("handout.yaml")));
    }

    @Test
    void anEmptyContentFolderNeedsForce() throws Exception {
        Files.createDirectory(dir.resolve("content"));
        Run refused = Project.run("init", dir.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("give --force"), refused.err());
        assertEquals(List.of(), list(dir.resolve("content")));

        Run forced = Project.run("init", "--force", dir.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.exists(dir.resolve("content/apprenticeships.md")));
    }

    private static List<String> list(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

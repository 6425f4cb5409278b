package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.handout.testing.Pictures;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A picture that is cut short, corrupt, too big to decode or lying about its size is refused at its
 * line while the leaflet is read — by {@code check} as by {@code build} — instead of being left out
 * of a PDF that still passes validation.
 */
class DamagedPicturesTest {
    private static final String HEAD = "---\ntitle: Wards\nreviewed: 2026-11-01\nvariants: [a4]\n---\n\n";
    private static final String SAVE_AGAIN = " — save it again from the program that made it";

    @TempDir
    Path dir;

    static Stream<Arguments> damaged() {
        byte[] png = Pictures.png(120, 90);
        byte[] jpeg = Pictures.jpeg(120, 90);
        byte[] gif = Pictures.gif(120, 90);
        return Stream.of(
                picture("a PNG cut short", "ward.png", Pictures.cut(png, 0.5),
                        "is damaged (the file ends before the picture does)" + SAVE_AGAIN),
                picture("a PNG without its end chunk", "ward.png", Pictures.cut(png, 1 - 12.0 / png.length),
                        "is damaged (the file ends before the picture does)" + SAVE_AGAIN),
                picture("a JPEG cut short", "ward.jpg", Pictures.cut(jpeg, 0.5),
                        "is damaged (the file ends before the picture does)" + SAVE_AGAIN),
                picture("a GIF cut short", "ward.gif", Pictures.cut(gif, 0.5),
                        "is damaged (the file ends before the picture does)" + SAVE_AGAIN),
                picture("a PNG with corrupt bytes", "ward.png", Pictures.flipMiddle(png, 40),
                        "is damaged (part of its picture data is corrupt)" + SAVE_AGAIN),
                picture("a JPEG with corrupt bytes (its decoder runs out of data)", "ward.jpg",
                        Pictures.flipMiddle(jpeg, 40), "is damaged (its picture data ends before the 120 × 90 pixels"
                                + " its header gives)" + SAVE_AGAIN),
                picture("a PNG whose header claims more pixels than its data", "ward.png",
                        Pictures.pngClaiming(png, 240, 180), "is damaged (its picture data ends before the 240 × 180"
                                + " pixels its header gives)" + SAVE_AGAIN),
                picture("a PNG whose header claims fewer pixels than its data", "ward.png",
                        Pictures.pngClaiming(png, 120, 45), "is damaged (its picture data goes on past the 120 × 45"
                                + " pixels its header gives)" + SAVE_AGAIN),
                picture("a JPEG whose header claims more pixels than its data", "ward.jpg",
                        Pictures.jpegClaiming(jpeg, 120, 180), "is damaged (its picture data ends before the 120 × 180"
                                + " pixels its header gives)" + SAVE_AGAIN),
                picture("a JPEG whose header claims fewer pixels than its data", "ward.jpg",
                        Pictures.jpegClaiming(jpeg, 120, 45), "is damaged (its picture data goes on past the 120 × 45"
                                + " pixels its header gives)" + SAVE_AGAIN),
                picture("a decompression bomb: a tiny PNG claiming 60000 × 60000 pixels", "ward.png",
                        Pictures.pngClaiming(png, 60000, 60000), "is 60000 × 60000 pixels (3600 megapixels); handout"
                                + " takes pictures of up to 40 megapixels — make a copy at most 6324 pixels wide"
                                + " (2000 pixels wide is plenty for print)"),
                picture("a lossless JPEG", "ward.jpg", Pictures.jpegMarkedAs(jpeg, 0xC3),
                        "is a kind of JPEG handout cannot print (lossless, arithmetic-coded or 12-bit) — save it"
                                + " again as an ordinary JPEG, or as a PNG"));
    }

    private static Arguments picture(String what, String name, byte[] file, String message) {
        return Arguments.of(what, name, file, "content/ward.md:7:1: error: the picture \"images/" + name + "\" " + message);
    }

    private Project leafletShowing(String name, byte[] picture) throws Exception {
        Project project = new Project(dir).write("content/ward.md", HEAD + "![A ward at night](images/" + name + ")\n")
                .write("content/other.md", Project.leaflet("Other").replace("---\n\n", "variants: [a4]\n---\n\n"));
        Files.createDirectories(dir.resolve("content/images"));
        Files.write(dir.resolve("content/images/" + name), picture);
        return project;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void checkRefusesTheDamagedPictureAtItsLineAndSaysHowToFixIt(String what, String name, byte[] picture,
            String message) throws Exception {
        Project project = leafletShowing(name, picture);
        Run run = Project.run("check", "--project", dir.toString());
        assertEquals(1, run.exitCode(), what + ": " + run.err());
        assertEquals(message, run.err().strip(), what);
        assertTrue(run.out().contains("2 leaflets checked: 1 with errors"), run.out());
        assertFalse(project.exists("output"), "check writes nothing");
    }

    static Stream<Arguments> everyKind() {
        return Stream.of(
                kind("an RGB PNG", "png", Pictures.photo(37, 23, BufferedImage.TYPE_INT_RGB), false),
                kind("a PNG with transparency", "png", Pictures.photo(37, 23, BufferedImage.TYPE_INT_ARGB), false),
                kind("a grey PNG", "png", Pictures.photo(37, 23, BufferedImage.TYPE_BYTE_GRAY), false),
                kind("a 16-bit grey PNG", "png", Pictures.photo(37, 23, BufferedImage.TYPE_USHORT_GRAY), false),
                kind("a palette PNG", "png", Pictures.photo(37, 23, BufferedImage.TYPE_BYTE_INDEXED), false),
                kind("a black-and-white PNG", "png", Pictures.photo(37, 23, BufferedImage.TYPE_BYTE_BINARY), false),
                kind("an interlaced PNG", "png", Pictures.photo(37, 23, BufferedImage.TYPE_INT_RGB), true),
                kind("an interlaced PNG of 3 × 2 pixels (some passes empty)", "png",
                        Pictures.photo(3, 2, BufferedImage.TYPE_INT_RGB), true),
                kind("a JPEG", "jpg", Pictures.photo(37, 23, BufferedImage.TYPE_INT_RGB), false),
                kind("a grey JPEG", "jpg", Pictures.photo(37, 23, BufferedImage.TYPE_BYTE_GRAY), false),
                kind("a progressive JPEG", "jpg", Pictures.photo(37, 23, BufferedImage.TYPE_INT_RGB), true),
                kind("a GIF", "gif", Pictures.photo(37, 23, BufferedImage.TYPE_INT_RGB), false));
    }

    private static Arguments kind(String what, String extension, BufferedImage image, boolean progressive) {
        return Arguments.of(what, "ward." + extension, Pictures.encode(image, extension.equals("jpg") ? "jpeg" : extension,
                progressive));
    }

    /** Every kind of picture a camera or editor saves is taken whole, and refused when cut short. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void everyKindOfPictureIsTakenWholeAndRefusedCutShort(String what, String name, byte[] picture) throws Exception {
        leafletShowing(name, picture);
        Run whole = Project.run("check", "--project", dir.toString());
        assertEquals(0, whole.exitCode(), what + ": " + whole.err());
        assertEquals("", whole.err(), what);

        Files.write(dir.resolve("content/images/" + name), Pictures.cut(picture, 0.6));
        Run cut = Project.run("check", "--project", dir.toString());
        assertEquals(1, cut.exitCode(), what);
        assertEquals("content/ward.md:7:1: error: the picture \"images/" + name + "\" is damaged (the file ends before"
                + " the picture does)" + SAVE_AGAIN, cut.err().strip(), what);
    }

    /** {@code check} in a pre-commit hook lets through no picture that {@code build} refuses, and says the same. */
    @Test
    void buildRefusesEveryDamagedPictureWithTheMessageCheckGives() throws Exception {
        Project project = new Project(dir);
        List<String> expected = new ArrayList<>();
        int n = 0;
        for (Arguments a : damaged().toList()) {
            Object[] args = a.get();
            String name = "p" + n + "-" + args[1];
            Files.createDirectories(dir.resolve("content/images"));
            Files.write(dir.resolve("content/images/" + name), (byte[]) args[2]);
            project.write("content/l" + n + ".md", HEAD + "![A ward at night](images/" + name + ")\n");
            expected.add(((String) args[3]).replace("content/ward.md", "content/l" + n + ".md")
                    .replace("images/" + args[1], "images/" + name));
            n++;
        }
        Run check = Project.run("check", "--project", dir.toString());
        Run build = Project.run("build", "--project", dir.toString());
        assertEquals(1, check.exitCode());
        assertEquals(1, build.exitCode());
        for (String message : expected) {
            assertTrue(check.err().contains(message + "\n"), "check: " + message + "\n" + check.err());
        }
        assertEquals(errors(check.err()), errors(build.err()));
        assertFalse(build.err().contains("Exception") || build.err().contains("\tat "), build.err());
        try (Stream<Path> pdfs = Files.list(dir.resolve("output"))) {
            assertTrue(pdfs.noneMatch(p -> p.toString().endsWith(".pdf")), "no PDF is written");
        }
    }

    private static List<String> errors(String err) {
        return err.lines().filter(l -> l.contains(": error: ")).sorted().toList();
    }

    @Test
    void aPictureDamagedAfterAGoodBuildStopsOnlyItsLeafletAndKeepsItsLastGoodPdf() throws Exception {
        Project project = leafletShowing("ward.png", Pictures.png(120, 90));
        Run good = Project.run("build", "--project", dir.toString());
        assertEquals(0, good.exitCode(), good.err());
        byte[] lastGood = project.read("output/ward.pdf");

        Files.write(dir.resolve("content/images/ward.png"), Pictures.cut(Pictures.png(120, 90), 0.6));
        project.write("content/other.md", Project.leaflet("Other, edited").replace("---\n\n", "variants: [a4]\n---\n\n"));
        Run run = Project.run("build", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertEquals("content/ward.md:7:1: error: the picture \"images/ward.png\" is damaged (the file ends before the"
                + " picture does)" + SAVE_AGAIN, run.err().strip());
        assertTrue(run.out().contains("ok      other [a4]"), run.out());
        assertTrue(run.out().contains("FAILED  ward  1 error"), run.out());
        assertArrayEquals(lastGood, project.read("output/ward.pdf"), "the last good PDF is kept");
    }

    @Test
    void aDamagedLogoInHandoutYamlIsNamedThereAndNoLeafletIsPrintedWithoutIt() throws Exception {
        Project project = new Project(dir).write("content/job.md",
                Project.leaflet("A job").replace("---\n\n", "variants: [a4]\n---\n\n"))
                .write("handout.yaml", "publisher: Careers Wales\nlogo: {file: logo.png, alt: Careers Wales}\n");
        Files.write(dir.resolve("logo.png"), Pictures.png(200, 50));
        assertEquals(0, Project.run("build", "--project", dir.toString()).exitCode());
        byte[] lastGood = project.read("output/job.pdf");

        Files.write(dir.resolve("logo.png"), Pictures.flipMiddle(Pictures.png(200, 50), 16));
        Run run = Project.run("build", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertEquals("handout.yaml:2:14: error: the logo \"logo.png\" is damaged (part of its picture data is corrupt)"
                + SAVE_AGAIN, run.err().strip());
        assertArrayEquals(lastGood, project.read("output/job.pdf"), "the last good PDF is kept");
        assertEquals(1, Project.run("check", "--project", dir.toString()).exitCode());
    }

    /** The "find out more" box may show a picture too; it is checked like the body's. */
    @Test
    void aDamagedPictureInTheContactBoxIsRefusedAtItsLine() throws Exception {
        Project project = leafletShowing("ward.png", Pictures.png(120, 90));
        project.write("content/ward.md", "---\ntitle: Wards\nreviewed: 2026-11-01\nvariants: [a4]\ncontact:\n"
                + "  heading: Visit us\n  text: \"![Our office](images/office.png)\"\n---\n\nOur wards.\n");
        Files.write(dir.resolve("content/images/office.png"), Pictures.cut(Pictures.png(120, 90), 0.5));
        Run run = Project.run("check", "--project", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        // (the column is counted within the contact text, as for every message about it)
        assertTrue(run.err().matches("content/ward\\.md:7:\\d+: error: the picture \"images/office\\.png\" is damaged"
                + " \\(the file ends before the picture does\\) — save it again from the program that made it\\s*"),
                run.err());
    }

    @Test
    void aPictureOfExactlyFortyMegapixelsIsTakenAndOnePixelRowMoreIsRefused() throws Exception {
        leafletShowing("wide.png", Pictures.blackPng(8000, 5000));
        Run limit = Project.run("check", "--project", dir.toString());
        assertEquals(0, limit.exitCode(), limit.err());

        Files.write(dir.resolve("content/images/wide.png"), Pictures.blackPng(8000, 5001));
        Run over = Project.run("check", "--project", dir.toString());
        assertEquals(1, over.exitCode());
        assertEquals("content/ward.md:7:1: error: the picture \"images/wide.png\" is 8000 × 5001 pixels (40.0"
                + " megapixels); handout takes pictures of up to 40 megapixels — make a copy at most 7998 pixels wide"
                + " (2000 pixels wide is plenty for print)", over.err().strip());
    }

    /**
     * ImageIO buffers a picture read from a stream in a temporary file in java.io.tmpdir, outside
     * output/, unless told not to. handout runs here in a JVM of its own, whose java.io.tmpdir is a
     * folder the test watches while handout reads, lays out and draws thumbnails of a PNG, a JPEG and
     * a GIF, and veraPDF checks the PDFs (it copies a stream of over 10 KB into a temporary file unless
     * given its own in-memory stream).
     */
    @Test
    void readingPrintingAndCheckingPicturesWritesNoTemporaryFile() throws Exception {
        Project project = new Project(dir).write("content/ward.md", HEAD + "![A ward](images/a.png)\n\n"
                + "![A ward by day](images/b.jpg)\n\n![A ward at night](images/c.gif)\n");
        Files.createDirectories(dir.resolve("content/images"));
        Files.write(dir.resolve("content/images/a.png"), Pictures.png(120, 90));
        Files.write(dir.resolve("content/images/b.jpg"), Pictures.jpeg(120, 90));
        Files.write(dir.resolve("content/images/c.gif"), Pictures.gif(120, 90));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        List<String> created = new ArrayList<>();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Process handout = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                    "org.handout.cli.Main", "build", "--project", dir.toString()).redirectErrorStream(true).start();
            String output = new String(handout.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, handout.waitFor(), output);
            for (WatchKey key = watch.poll(1, TimeUnit.SECONDS); key != null; key = watch.poll(200, TimeUnit.MILLISECONDS)) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    created.add(String.valueOf(event.context()));
                }
                key.reset();
            }
        }
        assertTrue(project.exists("output/ward.pdf"));
        assertEquals(List.of(), created, "temporary files made while reading pictures or checking the PDFs");
    }
}

package org.handout.importer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.Names;

/**
 * Turns one Word document or saved web page into {@code content/<slug>.md} and its pictures in
 * {@code content/<slug>/}. A file it cannot read costs nothing: the error names it and nothing is
 * written; an existing leaflet or picture is replaced only when asked.
 */
public final class Importer {
    /** What became of one file: the leaflet written (null when none) and what is left to fix in it. */
    public record Imported(String input, String leaflet, String slug, int pictures, List<Diagnostic> problems) {
        public Imported {
            problems = List.copyOf(problems);
        }
    }

    private final Path project;
    private final boolean force;
    private final URI baseUrl;
    private final LocalDate today;
    private final java.util.Map<String, String> imported = new java.util.HashMap<>(); // slug → the file it came from

    /** @param baseUrl the address a web page's relative links are read from when it has no {@code <base>}; may be null */
    public Importer(Path project, boolean force, URI baseUrl, LocalDate today) {
        this.project = project;
        this.force = force;
        this.baseUrl = baseUrl;
        this.today = today;
    }

    public Imported importFile(Path file) {
        String input = Names.printable(file.toString());
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String base = dot < 0 ? name : name.substring(0, dot);
        try {
            if (extension.equals("doc")) {
                throw new ImportFailure("this is a Word 97-2003 document (.doc), which handout does not read",
                        "open it in Word and save it as a Word Document (.docx) (File › Save As), or convert it with"
                                + " \"soffice --headless --convert-to docx " + name + "\", then import the .docx");
            }
            boolean word = extension.equals("docx");
            if (!word && !extension.equals("html") && !extension.equals("htm")) {
                throw new ImportFailure("handout imports Word documents (.docx) and saved web pages (.html, .htm), not"
                        + (extension.isEmpty() ? " files without an extension" : " ." + extension + " files"),
                        "save it from its program as one of those");
            }
            byte[] bytes = read(file, word ? ImportLimits.FILE_BYTES : ImportLimits.PAGE_BYTES);
            SourceDocument document = word ? WordSource.read(bytes) : WebPageSource.read(bytes, file, baseUrl);
            return write(input, slug(base), base, document);
        } catch (ImportFailure e) {
            return new Imported(input, null, null, 0, List.of(Diagnostic.error(input, e.getMessage() + " — " + e.fix())));
        } catch (StackOverflowError e) {
            return new Imported(input, null, null, 0, List.of(Diagnostic.error(input, "its parts are nested too deeply"
                    + " to be read — open it and save it again, or copy its text into a new document")));
        } catch (IOException e) {
            return new Imported(input, null, null, 0, List.of(Diagnostic.error(input, "cannot be read or its leaflet"
                    + " cannot be written (" + e.getMessage() + ") — check the file and the project folder can be used")));
        }
    }

    private static byte[] read(Path file, long limit) throws ImportFailure, IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportFailure("no such file", "check its name and folder");
        }
        if (Files.size(file) > limit) {
            throw new ImportFailure(String.format(Locale.ROOT, "the file is %.1f MB, more than the %d MB handout"
                    + " imports", Files.size(file) / 1048576.0, limit / (1024 * 1024)),
                    "make its pictures smaller or split it into several documents");
        }
        if (!Files.isReadable(file)) {
            throw new ImportFailure("cannot be read (permission denied)", "make it readable for you");
        }
        return Files.readAllBytes(file);
    }

    /** "Careers in Nursing (2024)" → "careers-in-nursing-2024". */
    static String slug(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "leaflet" : slug;
    }

    private Imported write(String input, String slug, String fileName, SourceDocument document)
            throws ImportFailure, IOException {
        Path content = project.resolve("content");
        if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            throw new ImportFailure("the project has no content/ folder", "give the project with --project");
        }
        String leafletName = "content/" + slug + ".md";
        String earlier = imported.putIfAbsent(slug, input);
        if (earlier != null) {
            throw new ImportFailure("its leaflet would be " + leafletName + ", as " + earlier + "'s is", "rename one of"
                    + " the two files and import it again");
        }
        Path leaflet = content.resolve(slug + ".md");
        Path folder = content.resolve(slug);
        if (!force) {
            List<String> inTheWay = new ArrayList<>();
            if (Files.exists(leaflet, LinkOption.NOFOLLOW_LINKS)) {
                inTheWay.add(leafletName);
            }
            for (Picture p : document.pictures()) {
                if (Files.exists(folder.resolve(p.fileName()), LinkOption.NOFOLLOW_LINKS)) {
                    inTheWay.add("content/" + slug + "/" + p.fileName());
                }
            }
            if (!inTheWay.isEmpty()) {
                throw new ImportFailure(String.join(", ", inTheWay) + (inTheWay.size() == 1 ? " already exists" : " already"
                        + " exist") + ", so nothing is written", "import with --force to replace "
                        + (inTheWay.size() == 1 ? "it" : "them") + ", or rename the file you import");
            }
        }
        for (Path p : List.of(leaflet, folder)) {
            if (Files.isSymbolicLink(p)) {
                throw new ImportFailure("content/" + content.relativize(p) + " is a symbolic link, which handout never"
                        + " writes through", "remove the link, or rename the file you import");
            }
        }
        Inlines inlines = new Inlines(new Links(document.base()), slug + "/", document.properties().lang());
        MarkdownBody.Body body = MarkdownBody.write(document.content(), document.title(), inlines);
        LeafletText.Written written = LeafletText.compose(document.properties(), body, fileName, document.notes(), today);
        if (!document.pictures().isEmpty()) {
            Files.createDirectories(folder);
            for (Picture p : document.pictures()) {
                replace(folder.resolve(p.fileName()), p.bytes());
            }
        }
        replace(leaflet, written.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Diagnostic> problems = written.notes().stream()
                .map(n -> new Diagnostic(leafletName, n.line(), n.line() > 0 ? 1 : 0, n.severity(), n.message()))
                .sorted(Comparator.comparingInt(Diagnostic::line))
                .toList();
        return new Imported(input, leafletName, slug, document.pictures().size(), problems);
    }

    /** Writes the whole file beside its place, then moves it there: a failed write leaves the old one. */
    private static void replace(Path target, byte[] bytes) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".importing");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

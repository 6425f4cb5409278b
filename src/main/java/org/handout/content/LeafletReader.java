package org.handout.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Block;
import org.handout.model.Leaflet;
import org.handout.model.Metadata;

/**
 * Reads one leaflet file into the model, or reports everything wrong with it at once. One reader
 * serves a whole project and is thread-safe.
 */
public final class LeafletReader {
    /** The largest leaflet file read: about 300 pages of text; larger files are refused before reading. */
    public static final long MAX_BYTES = 1024 * 1024;
    private final Path projectRoot;
    private final MarkdownReader markdown = new MarkdownReader();
    private final FrontMatterReader frontMatter;
    private final PictureCheck pictures;

    public LeafletReader(Path projectRoot, ProjectDefaults defaults) {
        this(projectRoot, defaults, new PictureCheck());
    }

    /** @param pictures decodes each picture once, however many leaflets show it */
    public LeafletReader(Path projectRoot, ProjectDefaults defaults, PictureCheck pictures) {
        this.projectRoot = projectRoot;
        this.frontMatter = new FrontMatterReader(defaults, markdown);
        this.pictures = pictures;
    }

    /** The leaflet without errors, or the exception listing them. */
    public ReadResult read(SourceFile source) throws DiagnosticException {
        ReadResult read = readAll(source);
        if (!read.errors().isEmpty()) {
            throw new DiagnosticException(read.errors());
        }
        return read;
    }

    /**
     * The leaflet as far as it can be read, with its errors: thrown only when there is no leaflet to check
     * further (the file cannot be read, its front matter is wrong, or it is over the limits).
     */
    public ReadResult readAll(SourceFile source) throws DiagnosticException {
        String file = source.displayPath();
        byte[] bytes;
        try {
            long size = Files.size(source.path());
            if (size > MAX_BYTES) {
                throw new DiagnosticException(Diagnostic.error(file, String.format(java.util.Locale.ROOT,
                        "the file is %.1f MB; a leaflet may be at most 1 MB of text (about 300 pages) — split it"
                                + " into several leaflets", size / 1048576.0)));
            }
            bytes = Files.readAllBytes(source.path());
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(file, "cannot be read: " + e.getMessage()));
        }
        String text = SourceText.decode(file, bytes);
        FrontMatter fm = FrontMatterSplitter.split(file, text);
        Problems problems = new Problems(file);
        Metadata metadata = frontMatter.read(fm, problems);
        CharacterScan.report(fm.body(), fm.bodyFirstLine(), "the text", problems);
        List<Block> body = markdown.blocks(fm.body(), fm.bodyFirstLine() - 1, problems);
        List<Block> shown = new ArrayList<>(body); // the contact box's text may show pictures too
        if (metadata != null && metadata.contact() != null) {
            shown.addAll(metadata.contact().text());
        }
        ImageFiles.check(shown, source.path().toAbsolutePath().getParent(), projectRoot, pictures, problems);
        int before = problems.errorCount();
        LeafletLimits.check(metadata, body, problems);
        if (metadata == null || problems.errorCount() > before) {
            problems.throwIfAny();
        }
        return new ReadResult(new Leaflet(source.slug(), file, metadata, body), problems.warnings(), problems.errors());
    }
}

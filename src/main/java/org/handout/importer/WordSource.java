package org.handout.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zwobble.mammoth.DocumentConverter;
import org.zwobble.mammoth.images.Image;

/**
 * A Word document (.docx, from Word or LibreOffice) read with mammoth, which maps Word's styles to
 * semantic HTML: the Title style, headings, lists from Word's numbering, quotes, tables with their
 * header rows, links and pictures with their descriptions.
 */
final class WordSource {
    /** Word's and LibreOffice's style names for what a leaflet has, beside mammoth's own headings and lists. */
    private static final String STYLE_MAP = String.join("\n",
            "p[style-name='Title'] => h1.doc-title:fresh",
            "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
            "p[style-name='Quote'] => blockquote > p:fresh",
            "p[style-name='Intense Quote'] => blockquote > p:fresh",
            "p[style-name='Quotations'] => blockquote > p:fresh",
            "p[style-name='Block Text'] => blockquote > p:fresh");

    private WordSource() {
    }

    static SourceDocument read(byte[] file) throws ImportFailure {
        WordPackage word = WordPackage.read(file);
        DocumentProperties properties = WordXml.properties(word);
        List<Note> notes = new ArrayList<>(WordXml.unkept(word));
        Pictures pictures = new Pictures();
        String html;
        try {
            html = new DocumentConverter()
                    .addStyleMap(STYLE_MAP)
                    .imageConverter(pictures::convert)
                    .convertToHtml(new ByteArrayInputStream(word.withoutOutsideLinks()))
                    .getValue();
        } catch (IOException | RuntimeException e) {
            throw WordPackage.damaged("its text could not be read (" + e.getMessage() + ")");
        }
        Document page = Jsoup.parseBodyFragment(html);
        Element body = page.body();
        Element title = body.selectFirst("h1.doc-title");
        if (title == null) {
            // a first Heading 1 is the title only when it comes first: one further down starts a section
            Element first = body.children().stream().filter(e -> e.hasText() || !e.select("img").isEmpty())
                    .findFirst().orElse(null);
            title = first != null && first.normalName().equals("h1") ? first : null;
        }
        body.select("a[href^=#footnote-ref], a[href^=#endnote-ref]").remove(); // the arrows back from a note
        Element subtitle = body.selectFirst("p.doc-subtitle");
        if (subtitle != null) {
            properties = properties.withSubtitle(subtitle.text());
            subtitle.remove();
        }
        return new SourceDocument(properties, body, title, pictures.files.files(), notes, null);
    }

    /** Each picture in the document as a file to write, or the reason it cannot be one. */
    private static final class Pictures {
        private final PictureFiles files = new PictureFiles();
        private int seen;

        Map<String, String> convert(Image image) throws IOException {
            Map<String, String> attributes = new HashMap<>();
            image.getAltText().map(String::strip).filter(a -> !a.isEmpty()).ifPresent(a -> attributes.put("alt", a));
            if (++seen > ImportLimits.PICTURES) {
                attributes.put("data-lost", "more than " + ImportLimits.PICTURES + " pictures in one document: this one"
                        + " is left out — split the document into several leaflets");
                return attributes;
            }
            byte[] bytes;
            try (InputStream in = image.getInputStream()) {
                bytes = in.readNBytes((int) ImportLimits.PICTURE_BYTES + 1);
            }
            String lost = PictureBytes.refusal(bytes, image.getContentType());
            if (lost != null) {
                attributes.put("data-lost", lost);
                return attributes;
            }
            attributes.put("data-picture", files.add(bytes));
            return attributes;
        }
    }

    /** The outside address a cut link held, or null for a picture inside the document. */
    static String linkedAddress(byte[] bytes) {
        byte[] mark = WordPackage.LINKED_MARK.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < mark.length || !new String(bytes, 0, mark.length, StandardCharsets.UTF_8).equals(WordPackage.LINKED_MARK)) {
            return null;
        }
        return new String(bytes, mark.length, bytes.length - mark.length, StandardCharsets.UTF_8);
    }
}

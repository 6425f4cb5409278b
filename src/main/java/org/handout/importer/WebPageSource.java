package org.handout.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page saved from a site: its main content without the site's chrome (navigation, cookie
 * banner, breadcrumbs, search, share and related links, footer), its {@code h1} as the title, its
 * description as the summary. Pictures come from beside the page or not at all: nothing is fetched.
 */
final class WebPageSource {
    /** Class names and ids of the parts of a page that are the site's, not the page's. */
    private static final Pattern CHROME = Pattern.compile("(^|[-_\\s])(cookies?|consent|gdpr|breadcrumbs?|search|share|"
            + "sharing|social|related|newsletter|skip|skiplinks?|site-header|site-footer|masthead|banner|feedback|"
            + "back-to-top|print|menu|navbar|nav|sidebar|promo|advert|ads)([-_\\s]|$)", Pattern.CASE_INSENSITIVE);
    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, form, button, input,"
            + " select, textarea, svg, canvas, video, audio, nav, aside, footer, dialog, [hidden], [aria-hidden=true],"
            + " [role=navigation], [role=search], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=dialog], [role=alertdialog]";

    private WebPageSource() {
    }

    static SourceDocument read(byte[] bytes, Path page, URI baseUrl) throws ImportFailure {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new ImportFailure("the web page cannot be read (" + e.getMessage() + ")",
                    "save the page again from the browser (File › Save Page As, \"Web page, complete\")");
        }
        URI base = base(doc, baseUrl);
        Element main = mainContent(doc);
        dropChrome(main);
        Element title = main.selectFirst("h1");
        if (title == null) {
            title = doc.selectFirst("h1");
        }
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang").strip();
        String summary = meta(doc, "description");
        if (summary == null) {
            Element lead = main.selectFirst("p[class~=(?i)lead|intro|summary|standfirst|description]");
            if (lead != null) {
                summary = lead.text();
                lead.remove();
            }
        }
        String source = address(doc, baseUrl);
        DocumentProperties properties = new DocumentProperties(doc.title().isBlank() ? null : doc.title().strip(), null,
                summary, keywords(meta(doc, "keywords")), meta(doc, "author"),
                lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? lang : null, modified(doc), source);
        List<Picture> pictures = pictures(main, page);
        return new SourceDocument(properties, main, title, pictures, List.of(), base);
    }

    /** The page's address for its relative links: its {@code <base>}, else the one given on the command line. */
    private static URI base(Document doc, URI given) {
        Element b = doc.selectFirst("base[href]");
        if (b != null) {
            try {
                URI uri = new URI(b.attr("href").strip());
                if (uri.isAbsolute() && uri.getScheme().matches("https?")) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // an unreadable <base>: as if there were none
            }
        }
        return given;
    }

    /** Where the page lives, for {@code source:}: its canonical address, else the one given; https only. */
    private static String address(Document doc, URI given) {
        Element canonical = doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
        String address = canonical == null ? null : canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
        if (address == null && given != null) {
            address = given.toString();
        }
        return address != null && address.strip().startsWith("https://") ? address.strip() : null;
    }

    /** {@code <main>}, {@code role=main}, the {@code <article>}; else the element holding the h1 and most of the text. */
    static Element mainContent(Document doc) {
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        List<Element> articles = doc.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt((Element a) -> a.select("h1").isEmpty() ? 0 : 1)
                    .thenComparingInt(a -> a.text().length())).orElseThrow();
        }
        Element body = doc.body();
        Element h1 = body.selectFirst("h1");
        if (h1 == null) {
            return body;
        }
        int all = body.text().length();
        for (Element e = h1.parent(); e != null && e != body; e = e.parent()) {
            if (e.text().length() * 2 >= all) {
                return e;
            }
        }
        return body;
    }

    private static void dropChrome(Element main) {
        main.select(DROPPED).remove();
        java.util.Set<Element> holdingTitle = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element h1 : main.select("h1")) {
            holdingTitle.add(h1);
            holdingTitle.addAll(h1.parents());
        }
        List<Element> chrome = new ArrayList<>();
        for (Element e : main.getAllElements()) {
            if (e == main || holdingTitle.contains(e)) {
                continue; // the part with the title is the page's own, whatever it is called
            }
            String names = e.className() + " " + e.id() + " " + e.attr("aria-label");
            if (e.normalName().equals("header") || CHROME.matcher(names).find()) {
                chrome.add(e);
            }
        }
        chrome.forEach(Element::remove);
    }

    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[name=" + name + "], meta[property=og:" + name + "]");
        String value = m == null ? "" : m.attr("content").strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> keywords(String value) {
        if (value == null) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split("[,;]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    private static String modified(Document doc) {
        for (String query : List.of("meta[property=article:modified_time]", "meta[name=dcterms.modified]",
                "meta[name=DC.date.modified]", "meta[name=last-modified]", "meta[property=article:published_time]")) {
            Element m = doc.selectFirst(query);
            if (m != null && m.attr("content").strip().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return m.attr("content").strip().substring(0, 10);
            }
        }
        return null;
    }

    /** Each picture of the content copied from beside the page when it is there, inside the page's folder. */
    private static List<Picture> pictures(Element main, Path page) {
        Path folder = page.toAbsolutePath().getParent();
        PictureFiles pictures = new PictureFiles();
        int count = 0;
        for (Element img : main.select("img")) {
            String src = img.attr("src").strip();
            if (++count > ImportLimits.PICTURES) {
                img.attr("data-lost", "more than " + ImportLimits.PICTURES + " pictures in one page: this one is left"
                        + " out — split the page into several leaflets");
                continue;
            }
            String lost;
            try {
                lost = copy(src, folder, pictures, img);
            } catch (IOException e) {
                lost = "the picture " + shown(src) + " beside the page cannot be read (" + e.getMessage() + ") — make"
                        + " it readable and import again";
            } catch (IllegalArgumentException e) {
                lost = "the picture " + shown(src) + " has an address that is not a file name (" + e.getMessage() + "),"
                        + " so it is not read — add it here by hand";
            }
            if (lost != null) {
                img.attr("data-lost", lost);
            }
        }
        return pictures.files();
    }

    /** @return why the picture is not copied, or null when it is (named in the img's data-picture) */
    private static String copy(String src, Path folder, PictureFiles pictures, Element img)
            throws IOException {
        String lower = src.toLowerCase(Locale.ROOT);
        if (src.isEmpty() || lower.startsWith("data:")) {
            return src.isEmpty() ? null : "a picture written into the page itself (a data: address) is left out —"
                    + " save it as a file beside the leaflet and add it here";
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || lower.startsWith("//")) {
            return "the picture " + shown(src) + " is only on the web, and handout does not fetch anything — save it"
                    + " beside the page (\"Web page, complete\") and import again, or add it here by hand";
        }
        String path = URLDecoder.decode(src.replaceAll("[?#].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder) || path.startsWith("/")) {
            return "the picture " + shown(src) + " is outside the page's folder, so it is not read — copy it beside"
                    + " the page and import again";
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "the picture " + shown(src) + " is not beside the page (it is only on the web), and handout does"
                    + " not fetch anything — save it beside the page and import again, or add it here by hand";
        }
        if (!file.toRealPath().startsWith(folder.toRealPath())) {
            return "the picture " + shown(src) + " leads outside the page's folder, so it is not read";
        }
        if (Files.size(file) > ImportLimits.PICTURE_BYTES) {
            return PictureBytes.TOO_LARGE;
        }
        byte[] bytes = Files.readAllBytes(file);
        String refusal = PictureBytes.refusal(bytes, Files.probeContentType(file));
        if (refusal != null) {
            return refusal;
        }
        img.attr("data-picture", pictures.add(bytes));
        return null;
    }

    private static String shown(String src) {
        return "\"" + (src.length() > 80 ? src.substring(0, 77) + "…" : src) + "\"";
    }
}

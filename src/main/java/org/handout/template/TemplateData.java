package org.handout.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handout.model.Brand;
import org.handout.model.Contact;
import org.handout.model.Leaflet;
import org.handout.model.Metadata;

/**
 * The values a template sees, as plain maps, lists and strings (documented in docs/templates.md), so that
 * templates depend on a small published shape rather than on Java classes. Absent values are left
 * out: templates test them with {@code ??}. Markup values ({@code body}, {@code contact.text}) are
 * already escaped XHTML and print as they are.
 */
final class TemplateData {
    private TemplateData() {
    }

    /** @param leafletDir the leaflet file's folder, for the images it shows */
    static Map<String, Object> of(Leaflet leaflet, Path leafletDir) {
        Metadata m = leaflet.metadata();
        Script script = Script.of(m.lang());
        BodyMarkup.Result body = BodyMarkup.write(leaflet.body(), leafletDir, script.rightToLeft());
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("slug", leaflet.slug());
        put(l, "title", m.title());
        put(l, "subtitle", m.subtitle());
        put(l, "lang", m.lang());
        l.put("dir", script.dir());          // "rtl" for Arabic, Urdu, Farsi, Hebrew …
        l.put("script", script.code());      // ISO 15924, lower case: "latn", "cyrl", "grek", "arab" …
        put(l, "summary", m.summary());
        l.put("reviewed", m.reviewed().toString());
        l.put("reviewedText", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(m.lang())).format(m.reviewed()));
        put(l, "source", m.source() == null ? null : m.source().toString());
        if (m.source() != null) {
            l.put("sourceQr", QrCode.dataUri(m.source().toString()));
            l.put("sourceText", PrintedAddress.of(m.source().toString()));
        }
        l.put("keywords", m.keywords());
        put(l, "author", m.author());
        if (m.contact() != null) {
            l.put("contact", contact(m.contact(), leafletDir, script.rightToLeft()));
        }
        l.put("arabicText", hasArabic(body.xhtml()) || l.values().stream().anyMatch(TemplateData::hasArabic));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("leaflet", l);
        data.put("body", markup(body.xhtml()));
        data.put("outline", outline(body.outline()));
        return data;
    }

    /**
     * Whether the text has Arabic letters, so a template can list the Arabic font only where it is
     * needed: each family in a font list makes every line as tall as that family's tallest letters.
     */
    private static boolean hasArabic(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(TemplateData::hasArabic);
        }
        String text = value instanceof TemplateHTMLOutputModel markup ? markupText(markup) : String.valueOf(value);
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static Map<String, Object> contact(Contact c, Path leafletDir, boolean rightToLeft) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "heading", c.heading());
        if (!c.text().isEmpty()) {
            map.put("text", markup(BodyMarkup.write(c.text(), leafletDir, rightToLeft).xhtml()));
        }
        put(map, "website", c.website() == null ? null : c.website().toString());
        put(map, "email", c.email());
        put(map, "phone", c.phone());
        if (c.phone() != null) {
            map.put("phoneHref", "tel:" + c.phone().replaceAll("[^0-9+]", ""));
        }
        return map;
    }

    /** The publisher's name and logo; the logo's path is made relative to the leaflet, like its images. */
    static Map<String, Object> brand(Brand brand, Path projectDir, Path leafletDir) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "publisher", brand.publisher());
        if (brand.logo() != null) {
            Map<String, Object> logo = new LinkedHashMap<>();
            logo.put("src", leafletDir.relativize(projectDir.resolve(brand.logo().file())).toString().replace('\\', '/'));
            logo.put("alt", brand.logo().decorative() ? "" : brand.logo().alt());
            logo.put("decorative", brand.logo().decorative());
            map.put("logo", logo);
        }
        return map;
    }

    /** Headings as a tree: each level-2 entry holds the level-3 entries that follow it. */
    private static List<Map<String, Object>> outline(List<BodyMarkup.OutlineEntry> entries) {
        List<Map<String, Object>> top = new ArrayList<>();
        List<Map<String, Object>> children = null;
        for (BodyMarkup.OutlineEntry e : entries) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", e.id());
            node.put("text", e.text());
            node.put("level", e.level());
            List<Map<String, Object>> own = new ArrayList<>();
            node.put("children", own);
            if (e.level() <= 2 || children == null) {
                top.add(node);
                children = own;
            } else {
                children.add(node);
            }
        }
        return top;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String markupText(TemplateHTMLOutputModel markup) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TemplateHTMLOutputModel markup(String xhtml) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(xhtml);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.handout.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.handout.model.Contact;
import org.handout.model.Metadata;
import org.handout.model.Position;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads and checks the front matter against the content format: required keys, known keys only,
 * types, real dates, well-formed language tags and https addresses. Uses SnakeYAML's node tree, so
 * every message points at the key or value it is about.
 */
final class FrontMatterReader {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("title", "lang", "subtitle", "summary",
            "reviewed", "source", "keywords", "author", "template", "variants", "contact", "needs-review"));
    static final Set<String> CONTACT_KEYS = new LinkedHashSet<>(List.of("heading", "text", "website", "email", "phone"));
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /**
     * The earliest {@code reviewed} date: anything before is a typo (0001-01-01, 1066-10-14), and
     * before the Gregorian calendar Java's and a PDF reader's idea of the day can differ. There is no
     * bound after today: the build must give the same bytes on any day, so it never reads the clock.
     * The four digits of YYYY, which PDF dates also need, end at 9999-12-31.
     */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ProjectDefaults defaults;
    private final MarkdownReader markdown;

    FrontMatterReader(ProjectDefaults defaults, MarkdownReader markdown) {
        this.defaults = defaults;
        this.markdown = markdown;
    }

    /**
     * The metadata. When there were errors (they are in {@code problems}) it holds the values that were
     * right and the project's defaults for the rest, so the body's checks (fonts, lint) can still run
     * and every problem of the file is reported in one go; it is never built into a PDF.
     */
    Metadata read(FrontMatter fm, Problems problems) {
        MappingNode map = YamlTree.parse(fm.yaml(), fm.yamlFirstLine(), "front matter", problems);
        if (map == null) {
            if (!problems.hasErrors()) {
                problems.error(fm.yamlFirstLine(), 0, "the front matter is empty — it needs at least title: and"
                        + " reviewed:");
            }
            return new Metadata("", null, defaults.lang(), null, LocalDate.EPOCH, null, List.of(),
                    defaults.publisher(), defaults.template(), defaults.variants(), null);
        }
        YamlFields f = new YamlFields(map, KEYS, problems, fm.yamlFirstLine(), "front matter");
        String title = f.text("title", true);
        LocalDate reviewed = date(f, "reviewed", problems);
        String lang = f.has("lang") ? language(f.text("lang", false), f.at("lang"), problems) : defaults.lang();
        URI source = https(f, "source", problems);
        String template = f.has("template") ? f.text("template", false) : defaults.template();
        List<String> variants = f.has("variants") ? f.textList("variants") : defaults.variants();
        f.text("needs-review", false); // a note for editors (who must review a translation): checked as text, never printed
        MappingNode contactMap = f.map("contact", CONTACT_KEYS, "email: advice@example.org");
        YamlFields contact = contactMap == null ? null
                : new YamlFields(contactMap, CONTACT_KEYS, problems, f.firstLine(), "contact");
        Metadata metadata = new Metadata(
                title == null ? "" : title,
                f.text("subtitle", false),
                lang == null ? defaults.lang() : lang,
                f.text("summary", false),
                reviewed == null ? LocalDate.EPOCH : reviewed,
                source,
                f.textList("keywords"),
                f.has("author") ? f.text("author", false) : defaults.publisher(),
                template == null ? defaults.template() : template,
                variants,
                contact == null ? null : contact(contact, problems),
                withContact(f.valuePositions(), contact == null ? Map.of() : contact.valuePositions()),
                withContact(f.textStarts(), contact == null ? Map.of() : contact.textStarts()));
        return metadata;
    }


    private static LocalDate date(YamlFields f, String key, Problems problems) {
        String raw = f.text(key, true);
        if (raw == null) {
            return null;
        }
        if (!DATE.matcher(raw).matches()) {
            problems.error(f.at(key), "\"" + key + "\" is \"" + ValueLimits.excerpt(raw) + "\", not a date written"
                    + " YYYY-MM-DD — e.g. " + key + ": 2026-11-01");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            problems.error(f.at(key), "\"" + key + "\" is " + raw + ", which is not a real day — check the month"
                    + " and day");
            return null;
        }
        if (date.isBefore(EARLIEST)) {
            problems.error(f.at(key), "\"" + key + "\" is " + raw + ", before " + EARLIEST.getYear() + " — give the"
                    + " date the leaflet was last checked");
            return null;
        }
        return date;
    }

    /** No real language tag is longer (RFC 5646 asks software to take 35 characters at least). */
    private static final int MAX_LANGUAGE_TAG = 64;

    /** A BCP 47 tag whose primary language exists, e.g. en-GB, cy, pl, ur. */
    static String language(String tag, Position at, Problems problems) {
        if (tag == null) {
            return null;
        }
        if (tag.length() > MAX_LANGUAGE_TAG) {
            problems.error(at, String.format(Locale.ROOT, "lang \"%s\" is %,d characters long, too long for a"
                    + " language tag — use one like en-GB, cy, pl or ur", ValueLimits.excerpt(tag), tag.length()));
            return null;
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (java.util.IllformedLocaleException e) {
            problems.error(at, "lang \"" + ValueLimits.excerpt(tag) + "\" is not a language tag — use one like en-GB, cy, pl or ur");
            return null;
        }
        String language = locale.getLanguage();
        boolean known = language.length() == 2
                ? Set.of(Locale.getISOLanguages()).contains(language)
                : language.length() == 3 && !locale.getDisplayLanguage(Locale.ENGLISH).equals(language);
        if (!known) {
            problems.error(at, "lang \"" + ValueLimits.excerpt(tag) + "\" does not start with a known language code — use one like"
                    + " en-GB, cy, pl or ur");
            return null;
        }
        return tag;
    }

    private static URI https(YamlFields f, String key, Problems problems) {
        String raw = f.text(key, false);
        if (raw == null) {
            return null;
        }
        try {
            URI uri = new URI(raw);
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                return fitsQrCode(key, uri, f.at(key), problems) ? uri : null;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.error(f.at(key), "\"" + key + "\" must be a full https:// address, e.g. https://www.example.org/page"
                + " (it is printed and made into a QR code)");
        return null;
    }

    /**
     * Whether the source's QR code can be made: {@link ValueLimits} counts characters, and a QR code
     * carries bytes, so letters outside ASCII are counted as the %-codes a browser sends for them.
     */
    private static boolean fitsQrCode(String key, URI uri, Position at, Problems problems) {
        int bytes = uri.toASCIIString().length();
        if (!key.equals("source") || bytes <= ValueLimits.MAX_ADDRESS) {
            return true;
        }
        problems.error(at, String.format(Locale.ROOT, "\"source\" is %,d characters long once its letters outside"
                + " A–Z are written as %%-codes, as its QR code carries them; an address may be at most %,d — give a"
                + " shorter address for the page", bytes, ValueLimits.MAX_ADDRESS));
        return false;
    }

    /** The front matter's positions with the contact's keys' as {@code contact.KEY}. */
    private static Map<String, Position> withContact(Map<String, Position> front, Map<String, Position> contact) {
        Map<String, Position> positions = new LinkedHashMap<>(front);
        contact.forEach((key, at) -> positions.put("contact." + key, at));
        return positions;
    }

    private Contact contact(YamlFields f, Problems problems) {
        String text = f.text("text", false);
        String email = f.text("email", false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.error(f.at("email"), "contact email \"" + ValueLimits.excerpt(email) + "\" is not an email address — write it"
                    + " like advice@example.org");
            email = null;
        }
        return new Contact(f.text("heading", false),
                text == null ? List.of() : markdown.blocks(text, f.at("text").line() - 1, problems),
                https(f, "website", problems), email, f.text("phone", false));
    }
}

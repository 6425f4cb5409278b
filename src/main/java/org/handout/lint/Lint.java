package org.handout.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.handout.diagnostic.Diagnostic;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Leaflet;
import org.handout.model.PlainText;
import org.handout.model.Position;
import org.handout.model.Walk;

/** Runs every authoring check on a leaflet and returns its warnings in file order. Thread-safe. */
public final class Lint {
    /** Link texts that tell a screen-reader user, who lists the links on a page, nothing. */
    private static final Set<String> VAGUE_LINK_TEXT = Set.of("click here", "here", "more", "read more",
            "click", "this", "link", "this link", "find out more", "more info", "more information", "learn more",
            "go", "website", "page", "this page");
    private static final Pattern BARE_ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final Pattern REDUNDANT_ALT = Pattern.compile(
            "(?i)^(an? )?(image|picture|photo|photograph|graphic|icon) of\\b.*");
    static final int MAX_ALT_LENGTH = 250;
    static final int MAX_CAPITAL_WORDS = 4;

    private final LintSettings settings;

    public Lint(LintSettings settings) {
        this.settings = settings;
    }

    public List<Diagnostic> check(Leaflet leaflet) {
        List<Diagnostic> found = new ArrayList<>();
        String file = leaflet.sourceFile();
        Walk.inlines(leaflet.body(), inline -> {
            if (inline instanceof Inline.Link link) {
                linkText(file, link, found);
            } else if (inline instanceof Inline.Image image && !image.decorative()) {
                altText(file, image, found);
            } else if (inline instanceof Inline.Text text) {
                shouting(file, text, found);
            }
        });
        Walk.blocks(leaflet.body(), block -> {
            if (block instanceof Block.Table table && headerIsEmpty(table)) {
                found.add(warning(file, table.at(), "this table has no header row — put a heading for each"
                        + " column in its first row, so a screen reader can say which column a cell is in"));
            }
        });
        readability(leaflet, found);
        found.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return found;
    }

    private static void linkText(String file, Inline.Link link, List<Diagnostic> found) {
        String text = PlainText.of(link.content());
        String normalised = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
        if (text.isBlank()) {
            found.add(warning(file, link.at(), "this link has no text — say where it goes: [NHS Health Careers"
                    + " website](" + link.href() + ")"));
        } else if (VAGUE_LINK_TEXT.contains(normalised)) {
            found.add(warning(file, link.at(), "link text \"" + text + "\" does not say where the link goes —"
                    + " screen-reader users often hear links on their own; use words like \"NHS Health Careers:"
                    + " nursing roles\""));
        } else if (BARE_ADDRESS.matcher(text.strip()).matches()) {
            found.add(warning(file, link.at(), "link text is a bare address (" + text.strip() + ") — a screen"
                    + " reader spells it out; use words that say where it goes (the address is still printed)"));
        }
    }

    private static void altText(String file, Inline.Image image, List<Diagnostic> found) {
        String alt = image.alt().strip();
        if (REDUNDANT_ALT.matcher(alt).matches()) {
            found.add(warning(file, image.at(), "alt text starts \"" + alt.split("\\s+of\\b")[0] + " of\" — screen"
                    + " readers already say it is an image; describe what it shows"));
        }
        if (alt.length() > MAX_ALT_LENGTH) {
            found.add(warning(file, image.at(), "alt text is " + alt.length() + " characters long (more than "
                    + MAX_ALT_LENGTH + ") — keep it short, and put a longer description in the text"));
        }
    }

    /** Text in capitals for more than a few words in a row is hard to read and may be spelt out. */
    private static void shouting(String file, Inline.Text text, List<Diagnostic> found) {
        int run = 0;
        String[] words = text.text().split("\\s+");
        for (String word : words) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            boolean capitals = letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))
                    && !letters.equals(letters.toLowerCase(Locale.ROOT));
            run = capitals ? run + 1 : 0;
            if (run > MAX_CAPITAL_WORDS) {
                found.add(warning(file, text.at(), "text in capitals (\"" + text.text().strip() + "\") is hard to"
                        + " read and some screen readers spell it out — write it in sentence case; use **bold**"
                        + " for emphasis"));
                return;
            }
        }
    }

    private static boolean headerIsEmpty(Block.Table table) {
        return table.header().stream().allMatch(c -> PlainText.of(c.content()).isBlank());
    }

    private void readability(Leaflet leaflet, List<Diagnostic> found) {
        if (!leaflet.metadata().lang().toLowerCase(Locale.ROOT).startsWith("en")) {
            return; // the formulas are for English
        }
        Readability.Score score = Readability.of(leaflet);
        double grade = Math.round(score.grade() * 10) / 10.0; // as printed
        if (score.words() >= 100 && grade > settings.maxReadingGrade()) {
            Readability.Sentence longest = score.longestSentence();
            found.add(warning(leaflet.sourceFile(), longest.at(), String.format(Locale.ROOT,
                    "hard to read: Flesch–Kincaid grade %.1f (reading ease %.0f), above the project's limit of"
                            + " %.1f — use shorter sentences and everyday words; the longest sentence (%d words)"
                            + " is in the paragraph on this line", grade, score.readingEase(), settings.maxReadingGrade(),
                    longest.words())));
        }
    }

    private static Diagnostic warning(String file, Position at, String message) {
        return Diagnostic.warning(file, at.line(), at.column(), message);
    }
}

package org.handout.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.handout.model.Block;
import org.handout.model.Leaflet;
import org.handout.model.PlainText;
import org.handout.model.Position;
import org.handout.model.Walk;

/**
 * Flesch reading ease and Flesch–Kincaid grade of a leaflet's running text (summary, paragraphs,
 * list items; not headings or tables). Syllables are counted with the usual vowel-group rule for
 * English, which is close enough for a warning.
 */
final class Readability {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"'‘“(]?[\\p{Lu}\\d])");

    record Sentence(Position at, int words) {
    }

    record Score(int sentences, int words, int syllables, Sentence longestSentence) {
        double readingEase() {
            return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
        }

        double grade() {
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }
    }

    private Readability() {
    }

    static Score of(Leaflet leaflet) {
        List<Sentence> sentences = new ArrayList<>();
        int[] totals = new int[2]; // words, syllables
        if (leaflet.metadata().summary() != null) {
            add(leaflet.metadata().summary(), leaflet.metadata().at("summary"), sentences, totals);
        }
        Walk.blocks(leaflet.body(), b -> {
            if (b instanceof Block.Paragraph p) {
                add(PlainText.of(p.content()), p.at(), sentences, totals);
            }
        });
        if (sentences.isEmpty() || totals[0] == 0) {
            return new Score(1, 0, 0, new Sentence(Position.UNKNOWN, 0));
        }
        Sentence longest = sentences.stream().max(Comparator.comparingInt(Sentence::words)).orElseThrow();
        return new Score(sentences.size(), totals[0], totals[1], longest);
    }

    private static void add(String text, Position at, List<Sentence> sentences, int[] totals) {
        for (String sentence : SENTENCE_END.split(text.strip())) {
            int words = 0;
            for (String token : sentence.split("[\\s/–—-]+")) {
                String word = token.replaceAll("[^\\p{L}']", "");
                if (!word.isEmpty()) {
                    words++;
                    totals[1] += syllables(word);
                }
            }
            if (words > 0) {
                totals[0] += words;
                sentences.add(new Sentence(at, words));
            }
        }
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        // nurses, boxes, changes: each such "es" is a syllable of its own (a loop: a pasted "eseses…"
        // thousands of letters long would overflow the stack, or take as long as its square, if recursive)
        int end = w.length();
        int plurals = 0;
        while (end > 3 && pluralEs(w, end)) {
            end -= 2;
            plurals++;
        }
        if (end <= 3) {
            return 1 + plurals;
        }
        return vowelGroups(w.substring(0, end)) + plurals;
    }

    /** Whether the first {@code end} letters end in "es" after s, x, z, c, g, ch or sh, with a letter before. */
    private static boolean pluralEs(String w, int end) {
        if (end < 4 || w.charAt(end - 1) != 's' || w.charAt(end - 2) != 'e') {
            return false;
        }
        char before = w.charAt(end - 3);
        return "sxzcg".indexOf(before) >= 0
                || before == 'h' && end >= 5 && (w.charAt(end - 4) == 'c' || w.charAt(end - 4) == 's');
    }

    private static int vowelGroups(String word) {
        String w = word.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        int groups = 0;
        boolean inVowels = false;
        for (char c : w.toCharArray()) {
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        return Math.max(1, groups);
    }
}

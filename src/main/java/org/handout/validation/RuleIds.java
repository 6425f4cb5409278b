package org.handout.validation;

import java.util.Comparator;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** veraPDF rule ids as text, and the order reports list them in. */
final class RuleIds {

    private RuleIds() {
    }

    /**
     * Rule ids compare by standard, then clause numbers as numbers, then test number as a number:
     * {@code ... 7.2-9 < 7.2-10 < 7.10-1}. Parts that are not numbers compare as text, so the order is
     * total and stable for any string.
     */
    static final Comparator<String> ORDER = RuleIds::compare;

    /** {@code ISO 14289-1:2014 7.1-3}: the standard, a space, the clause, a hyphen, the test number. */
    static String format(RuleId id) {
        return id.getSpecification().getId() + " " + id.getClause() + "-" + id.getTestNumber();
    }

    private static int compare(String a, String b) {
        int spaceA = a.lastIndexOf(' ');
        int spaceB = b.lastIndexOf(' ');
        int bySpec = a.substring(0, Math.max(spaceA, 0)).compareTo(b.substring(0, Math.max(spaceB, 0)));
        if (bySpec != 0) {
            return bySpec;
        }
        String[] partsA = a.substring(spaceA + 1).split("[.-]");
        String[] partsB = b.substring(spaceB + 1).split("[.-]");
        for (int i = 0; i < Math.min(partsA.length, partsB.length); i++) {
            int c = comparePart(partsA[i], partsB[i]);
            if (c != 0) {
                return c;
            }
        }
        int byLength = Integer.compare(partsA.length, partsB.length);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int comparePart(String a, String b) {
        boolean numberA = !a.isEmpty() && a.chars().allMatch(Character::isDigit) && a.length() < 10;
        boolean numberB = !b.isEmpty() && b.chars().allMatch(Character::isDigit) && b.length() < 10;
        if (numberA && numberB) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }
}

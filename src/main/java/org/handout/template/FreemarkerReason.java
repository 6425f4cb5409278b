package org.handout.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker's own explanation of an error, made into one line for a {@code FILE:LINE:COL: error:}
 * message: its reason, without the lists of expected tokens and built-ins, the Java class names and
 * the repeated place; and the fix it suggests (a "Tip:", a "Check …" sentence or a help page),
 * shortened to one sentence.
 *
 * @param fix    the suggested fix, starting lower-case, or null when FreeMarker suggests none
 * @param line   where the expression FreeMarker blames starts, or 0 (its place is then the directive's)
 * @param column likewise
 */
record FreemarkerReason(String reason, String fix, int line, int column) {
    private static final Pattern TIP = Pattern.compile("(?s)-{4}\\s*\\nTip: (.*?)\\n-{4}");
    private static final Pattern BLAMED =
            Pattern.compile("^==> (.*?)\\s+\\[in template .*? at line (\\d+), column (\\d+)\\]$");
    private static final Pattern HELP = Pattern.compile("\\s*Help \\(latest version\\): (\\S+?);? you're using FreeMarker [0-9.]+\\.?");
    private static final Pattern WRAPPER = Pattern.compile("\\s*\\((?:wrapper: )?[^()]*\\bf\\.[a-z]\\.\\w+\\)");
    /** A Java class's full name ({@code java.lang.String}), not a web address ({@code freemarker.org/docs}). */
    private static final Pattern JAVA_NAME =
            Pattern.compile("\\b(?:java|javax|freemarker|com|org)(?:\\.[a-z_]\\w*)*\\.[A-Z][\\w$]*(?:\\.\\w+)*");
    private static final Pattern NOTE = Pattern.compile("\\s*\\(Note that [^)]*\\)");
    private static final String MISSING = "The following has evaluated to null or missing:";
    private static final int MAX = 300;

    /** From a message as FreeMarker writes it ({@code getMessageWithoutStackTop()} or {@code getEditorMessage()}). */
    static FreemarkerReason of(String message) {
        String text = message == null ? "" : message.replace("\r\n", "\n");
        List<String> tips = new ArrayList<>();
        Matcher tip = TIP.matcher(text);
        while (tip.find()) {
            tips.add(tip.group(1).trim());
        }
        text = TIP.matcher(text).replaceAll("");
        String blamed = null;
        int line = 0;
        int column = 0;
        List<String> kept = new ArrayList<>();
        for (String row : text.split("\n")) {
            Matcher b = BLAMED.matcher(row.trim());
            if (b.matches()) {
                if (blamed == null) {
                    blamed = b.group(1);
                    line = Integer.parseInt(b.group(2));
                    column = Integer.parseInt(b.group(3));
                }
            } else if (row.startsWith("The alphabetical list of built-ins") || row.startsWith("The name was interpreted by")) {
                break;
            } else if (row.contains(", but was expecting one of these patterns:")) {
                kept.add(row.substring(0, row.indexOf(", but was expecting")) + " here, where FreeMarker expected something else");
                break;
            } else if (!row.isBlank() && !row.startsWith(" ") && !row.startsWith("\t") && !row.startsWith("----")
                    && !row.equals("The blamed expression:")) {
                kept.add(row.trim());
            }
        }
        String reason = String.join(" ", kept);
        String fix = null;
        Matcher help = HELP.matcher(reason);
        if (help.find()) {
            fix = "see " + help.group(1);
            reason = help.replaceAll("");
        }
        reason = NOTE.matcher(WRAPPER.matcher(reason).replaceAll("")).replaceAll("");
        int check = reason.indexOf(" Check ");
        if (check >= 0) {
            fix = firstSentence(reason.substring(check + 1));
            reason = reason.substring(0, check);
        }
        if (reason.startsWith(MISSING) && blamed != null) {
            reason = blamed + " has evaluated to null or missing";
            fix = "if it may be missing, give a default, " + blamed + "!\"\", or test it first with <#if " + blamed + "??>";
        } else if (blamed != null && !reason.contains(blamed)) {
            reason = reason.endsWith(":") ? reason + " " + blamed : reason + " (" + blamed + ")";
        }
        if (fix == null && !tips.isEmpty()) {
            fix = firstSentence(tips.get(0));
        }
        return new FreemarkerReason(clean(reason), fix == null ? null : lowerFirst(clean(fix)), line, column);
    }

    private static String firstSentence(String text) {
        Matcher end = Pattern.compile("[.!](\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }

    private static String clean(String text) {
        String s = JAVA_NAME.matcher(text).replaceAll("").replaceAll("\\s+", " ").replace(" ,", ",").trim();
        while (s.endsWith(":") || s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || Character.isUpperCase(s.charAt(0)) && s.length() > 1 && Character.isUpperCase(s.charAt(1))
                ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

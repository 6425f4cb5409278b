package org.handout.diagnostic;

/** How bad a {@link Diagnostic} is: an error stops its leaflet, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word printed in messages: {@code error}, {@code warning}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.handout.validation;

/** The PDF/A flavour our own output is checked against, alongside PDF/UA-1. */
public enum PdfaLevel {
    /** PDF/A-2a (ISO 19005-2, level A: accessible), the default. */
    PDFA_2A("2a"),
    /** PDF/A-3a (ISO 19005-3, level A), for output that embeds files. */
    PDFA_3A("3a");

    private final String flavourId;

    PdfaLevel(String flavourId) {
        this.flavourId = flavourId;
    }

    /** veraPDF's flavour id: {@code 2a}, {@code 3a}. */
    public String flavourId() {
        return flavourId;
    }
}

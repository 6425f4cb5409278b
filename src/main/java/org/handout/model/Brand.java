package org.handout.model;

import java.util.Map;

/**
 * How a publisher's leaflets look theirs: its name, a logo, and colours that replace a template's
 * defaults by name ({@code primary: "#00539f"}). From {@code handout.yaml}.
 *
 * @param publisher may be null
 * @param logo      may be null
 */
public record Brand(String publisher, Logo logo, Map<String, String> colours) {
    public Brand {
        colours = Map.copyOf(colours);
    }

    public static Brand none() {
        return new Brand(null, null, Map.of());
    }

    /**
     * @param file       relative to the project folder
     * @param alt        what the logo says (usually the publisher's name); empty when decorative
     * @param decorative the logo carries no meaning and is not announced
     */
    public record Logo(String file, String alt, boolean decorative) {
    }
}

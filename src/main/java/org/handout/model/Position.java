package org.handout.model;

/** A 1-based line and column in a leaflet's source file (0 when not known). */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);
}

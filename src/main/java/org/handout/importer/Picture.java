package org.handout.importer;

/** A picture to be written beside the new leaflet, as {@code content/<slug>/<fileName>}. */
record Picture(String fileName, byte[] bytes) {
}

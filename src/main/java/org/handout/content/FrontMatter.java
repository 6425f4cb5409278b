package org.handout.content;

/**
 * A leaflet file cut in two.
 *
 * @param yaml          the text between the {@code ---} lines
 * @param yamlFirstLine the file line (1-based) of the first YAML line
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine the file line (1-based) of the first body line
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
}

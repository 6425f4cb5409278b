/**
 * Authoring lint: checks no PDF tool makes but every careers service needs — link text that says
 * where it goes, useful alt text, tables with headers, no shouting, readable sentences. Its findings
 * are warnings (the leaflet still builds) unless the build is {@code --strict}.
 */
package org.handout.lint;

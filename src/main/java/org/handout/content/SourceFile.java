package org.handout.content;

import java.nio.file.Path;

/**
 * A leaflet's source file.
 *
 * @param displayPath the path as the user knows it, relative to the project, always with {@code /}:
 *                    {@code content/nhs/nursing.md}
 * @param slug        the path under {@code content/} without {@code .md} or {@code .markdown}: {@code nhs/nursing}
 */
public record SourceFile(Path path, String displayPath, String slug) {
}

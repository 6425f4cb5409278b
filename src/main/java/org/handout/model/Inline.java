package org.handout.model;

import java.util.List;

/** Text-level content inside a block. */
public sealed interface Inline {
    Position at();

    record Text(String text, Position at) implements Inline {
    }

    record Emphasis(List<Inline> content, Position at) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Strong(List<Inline> content, Position at) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    record Code(String text, Position at) implements Inline {
    }

    /** A link; {@code href} is an {@code https}, {@code http}, {@code mailto} or {@code tel} address. */
    record Link(String href, String title, List<Inline> content, Position at) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /**
     * An image. {@code src} is relative to the leaflet file; {@code decorative} images carry no
     * meaning (their title was {@code decorative}) and have an empty {@code alt}.
     */
    record Image(String src, String alt, boolean decorative, Position at) implements Inline {
        /**
         * The file {@code src} names, relative to the leaflet: Markdown writes a path as a web address,
         * so {@code my%20lab.jpg} is the file {@code my lab.jpg} (a {@code +} stays a {@code +}).
         *
         * @throws IllegalArgumentException for a malformed %-escape
         */
        public String file() {
            return java.net.URLDecoder.decode(src.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A line break the author asked for (hard), or one that only wrapped the source (soft). */
    record LineBreak(boolean hard, Position at) implements Inline {
    }

    /** A phrase in another language: {@code <span lang="cy">…</span>}. */
    record ForeignPhrase(String lang, List<Inline> content, Position at) implements Inline {
        public ForeignPhrase {
            content = List.copyOf(content);
        }
    }

    /** An abbreviation with its expansion: {@code <abbr title="…">…</abbr>}. */
    record Abbreviation(String title, List<Inline> content, Position at) implements Inline {
        public Abbreviation {
            content = List.copyOf(content);
        }
    }
}

package org.handout.model;

import java.net.URI;
import java.util.List;

/**
 * The "find out more" box. Any part may be {@code null}; {@code text} is Markdown, read into blocks.
 */
public record Contact(String heading, List<Block> text, URI website, String email, String phone) {
    public Contact {
        text = List.copyOf(text);
    }
}

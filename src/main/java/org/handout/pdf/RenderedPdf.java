package org.handout.pdf;

import java.util.List;

/** A laid-out PDF in memory, not yet validated or written anywhere. */
public record RenderedPdf(byte[] bytes, int pages, List<String> warnings) {
    public RenderedPdf {
        warnings = List.copyOf(warnings);
    }
}

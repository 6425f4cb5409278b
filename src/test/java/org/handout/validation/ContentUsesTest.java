package org.handout.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verapdf.as.io.ASInputStream;
import org.verapdf.as.io.ASMemoryInStream;

class ContentUsesTest {

    @Test
    void usesAreFoundByOperatorAndNotInsideStringsCommentsOrInlineImages() throws Exception {
        String content = "q /Im1 Do Q (a string with /Im2 Do in it) Tj % /Im3 Do in a comment\n"
                + "/F1 12 Tf 0.5 0.2 0.1 /P1 scn /GS1 gs\n"
                + "BI /W 2 /H 1 /BPC 8 /CS /G ID \u0000/Im4 Do\u00ff EI\n"
                + "/N#31 Do";
        List<String> uses = new ArrayList<>();

        long bytes = ContentUses.scan(streams(content), Long.MAX_VALUE, (kind, name) -> uses.add(kind + " " + name));

        assertEquals(List.of("XOBJECT Im1", "FONT F1", "PATTERN P1", "GRAPHICS_STATE GS1", "XOBJECT N1"), uses);
        assertEquals(content.getBytes(StandardCharsets.ISO_8859_1).length, bytes);
    }

    @Test
    void aPageSplitAcrossStreamsIsReadAsOne() throws Exception {
        List<String> uses = new ArrayList<>();

        ContentUses.scan(List.of(stream("q /Im"), stream("1 Do Q")).iterator(), Long.MAX_VALUE,
                (kind, name) -> uses.add(name));

        assertEquals(List.of("Im1"), uses);
    }

    @Test
    void readingStopsOncePastTheCap() throws Exception {
        long bytes = ContentUses.scan(streams(" ".repeat(1 << 20)), 1000, (kind, name) -> { });

        assertTrue(bytes > 1000 && bytes < 1 << 20, Long.toString(bytes));
    }

    @Test
    void veraPdfsCrossReferenceTableCanBeReadWithoutReadingEveryObject() {
        // If a veraPDF upgrade moves the table, every validate reads every object again (10 s for 371 pages).
        assertTrue(XrefKeys.available());
    }

    private static java.util.Iterator<ASInputStream> streams(String content) {
        return List.of(stream(content)).iterator();
    }

    private static ASInputStream stream(String content) {
        return new ASMemoryInStream(content.getBytes(StandardCharsets.ISO_8859_1));
    }
}

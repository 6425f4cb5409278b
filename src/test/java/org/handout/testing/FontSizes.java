package org.handout.testing;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The sizes and fonts text is set in, read from the PDF the way a print shop would measure them. */
public record FontSizes(float mostCommon, Set<String> fontNames) {

    public static FontSizes of(PDDocument doc) throws IOException {
        Map<Float, Integer> characters = new HashMap<>();
        Set<String> fonts = new TreeSet<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                characters.merge(Math.round(text.getFontSizeInPt() * 10) / 10f, 1, Integer::sum);
                fonts.add(text.getFont().getName());
            }
        };
        stripper.getText(doc);
        float most = characters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new FontSizes(most, fonts);
    }
}

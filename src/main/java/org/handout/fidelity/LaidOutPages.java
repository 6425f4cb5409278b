package org.handout.fidelity;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF as a print designer looks at it: on each page, the lines of text from top to bottom (each
 * with the structure element it belongs to and its type size) and the tinted boxes drawn behind them.
 * Positions are in points from the top of the page.
 */
final class LaidOutPages {
    /** A structure element the lines belong to: its type, its parent and its place among its siblings. */
    record Block(String type, Block parent, int index, List<Block> children) {
        // an element is itself, not its contents: parent and children refer back to it
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return type;
        }
    }

    /**
     * One line: where it sits, the size of its smallest text (in points, as drawn), its text and its
     * innermost element (null: furniture drawn as an artifact, such as the running footer).
     */
    record Line(float top, float baseline, float smallest, String text, Block block, boolean artifact) {
    }

    /** A filled rectangle that is not white: the background of a box or a table header. */
    record Box(float left, float top, float width, float height) {
        float bottom() {
            return top + height;
        }
    }

    record Page(int number, float height, float width, List<Line> lines, List<Box> boxes) {
        /** The lines of the leaflet's content, without furniture drawn as artifacts (the running footer). */
        List<Line> content() {
            return lines.stream().filter(l -> !l.artifact()).toList();
        }
    }

    private LaidOutPages() {
    }

    static List<Page> read(PDDocument doc) throws IOException {
        Map<Long, Block> byMark = new HashMap<>();
        Map<COSDictionary, Integer> pageNumbers = new IdentityHashMap<>();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            pageNumbers.put(page.getCOSObject(), n++);
        }
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            walk(root, null, null, pageNumbers, byMark);
        }
        List<Page> pages = new ArrayList<>();
        n = 0;
        for (PDPage page : doc.getPages()) {
            int number = n++;
            float height = page.getCropBox().getHeight();
            List<Line> lines = lines(page, number, byMark);
            pages.add(new Page(number + 1, height, page.getCropBox().getWidth(), lines, boxes(page)));
        }
        return pages;
    }

    private static long key(int page, int mcid) {
        return ((long) page << 32) | (mcid & 0xffffffffL);
    }

    private static void walk(PDStructureNode node, Block parent, PDPage inherited, Map<COSDictionary, Integer> pages,
            Map<Long, Block> byMark) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement el) {
                PDPage page = el.getPage() != null ? el.getPage() : inherited;
                List<Block> siblings = parent == null ? new ArrayList<>() : parent.children();
                Block b = new Block(el.getStructureType(), parent, siblings.size(), new ArrayList<>());
                siblings.add(b);
                walk(el, b, page, pages, byMark);
            } else if (kid instanceof Integer mcid && parent != null) {
                mark(pages, inherited, mcid, parent, byMark);
            } else if (kid instanceof PDMarkedContentReference ref && parent != null) {
                mark(pages, ref.getPage() != null ? ref.getPage() : inherited, ref.getMCID(), parent, byMark);
            }
        }
    }

    private static void mark(Map<COSDictionary, Integer> pages, PDPage page, int mcid, Block block,
            Map<Long, Block> byMark) {
        Integer number = page == null ? null : pages.get(page.getCOSObject());
        if (number != null) {
            byMark.put(key(number, mcid), block);
        }
    }

    private record Glyph(float x, float end, float top, float baseline, float size, String text, Block block, boolean artifact) {
    }

    private static List<Line> lines(PDPage page, int number, Map<Long, Block> byMark) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        List<Glyph> glyphs = new ArrayList<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
            collect(mc, number, byMark, false, null, glyphs);
        }
        glyphs.sort((a, b) -> a.baseline() != b.baseline() ? Float.compare(a.baseline(), b.baseline())
                : Float.compare(a.x(), b.x()));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!current.isEmpty() && g.baseline() - current.get(0).baseline() > current.get(0).size() * 0.4f) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static void collect(PDMarkedContent mc, int page, Map<Long, Block> byMark, boolean artifact, Block block,
            List<Glyph> into) {
        boolean isArtifact = artifact || COSName.ARTIFACT.getName().equals(mc.getTag());
        Block b = mc.getMCID() >= 0 ? byMark.getOrDefault(key(page, mc.getMCID()), block) : block;
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t && !t.getUnicode().isBlank()) {
                into.add(new Glyph(t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj() - t.getHeightDir(), t.getYDirAdj(),
                        t.getYScale(), t.getUnicode(), isArtifact ? null : b, isArtifact));
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, page, byMark, isArtifact, b, into);
            }
        }
    }

    private static Line line(List<Glyph> glyphs) {
        glyphs.sort((a, b) -> Float.compare(a.x(), b.x()));
        StringBuilder text = new StringBuilder();
        float top = Float.MAX_VALUE;
        float baseline = 0;
        float smallest = Float.MAX_VALUE;
        Glyph last = null;
        boolean artifact = true;
        Block block = null;
        for (Glyph g : glyphs) {
            if (last != null && g.x() - last.end() > g.size() * 0.15f) {
                text.append(' ');
            }
            text.append(g.text());
            top = Math.min(top, g.top());
            baseline = Math.max(baseline, g.baseline());
            smallest = Math.min(smallest, g.size());
            artifact &= g.artifact();
            if (block == null && g.block() != null) {
                block = g.block();
            }
            last = g;
        }
        return new Line(top, baseline, smallest, text.toString(), block, artifact);
    }

    /** The tinted areas a page fills (their bounding boxes), in points from its top. */
    private static List<Box> boxes(PDPage page) throws IOException {
        List<Box> boxes = new ArrayList<>();
        float height = page.getCropBox().getHeight();
        new PDFGraphicsStreamEngine(page) {
            private final Rectangle2D.Float path = new Rectangle2D.Float();
            private boolean empty = true;
            private final Point2D.Float current = new Point2D.Float();

            private void add(double x, double y) {
                if (empty) {
                    path.setRect(x, y, 0, 0);
                    empty = false;
                } else {
                    path.add(x, y);
                }
                current.setLocation(x, y);
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                add(p0.getX(), p0.getY());
                add(p1.getX(), p1.getY());
                add(p2.getX(), p2.getY());
                add(p3.getX(), p3.getY());
            }

            @Override
            public void moveTo(float x, float y) {
                add(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                add(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                add(x3, y3);
            }

            @Override
            public void fillPath(int windingRule) throws IOException {
                boolean white = false;
                try {
                    white = getGraphicsState().getNonStrokingColor().toRGB() == 0xFFFFFF;
                } catch (IOException | RuntimeException e) {
                    // a colour that cannot be told counts as a tint
                }
                if (!white && !empty && path.width > 1 && path.height > 1) {
                    boxes.add(new Box(path.x, height - (path.y + path.height), path.width, path.height));
                }
                endPath();
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                fillPath(windingRule);
            }

            @Override
            public void strokePath() {
                endPath();
            }

            @Override
            public void endPath() {
                empty = true;
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void closePath() {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            void run() throws IOException {
                processPage(getPage());
            }
        }.run();
        return boxes;
    }
}

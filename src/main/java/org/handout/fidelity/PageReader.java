package org.handout.fidelity;

import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads one page's content stream and sorts what it draws by marked-content id, deciding for each
 * character and picture whether a reader can see it: drawn (not invisible text), with a size, inside
 * the page's crop box and inside the clipping area in force, big enough to read, not transparent, and
 * in a colour that stands out from what is painted behind it. PDFBox's text engine does not follow
 * paths or clipping, so this class keeps the clipping area itself, as the bounding box of each clip
 * path (a generous, cheap approximation: a template clips with rectangles).
 */
final class PageReader extends PDFMarkedContentExtractor {
    private static final int ARTIFACT = -2;
    private static final int NONE = -1;
    private static final float TOLERANCE = 1f;
    /** Text smaller than this, in points (about 1 mm), cannot be read on paper. */
    private static final float MIN_TEXT_SIZE = 3f;
    /** A picture drawn smaller than this, in points (1 mm), is a dot. */
    private static final double MIN_PICTURE_SIDE = 72 / 25.4;
    /** A picture whose shape is changed more than this many times is a sliver, not the picture. */
    private static final double MAX_SQUEEZE = 4;
    /** Text whose colour has less contrast than this with what is behind it cannot be seen (WCAG ratio). */
    private static final double MIN_CONTRAST = 1.5;
    private static final int PAPER = 0xFFFFFF;
    /** Below this opacity (ExtGState ca/CA) a character or picture is not seen. */
    private static final double MIN_ALPHA = 0.1;

    private final PageMarks marks = new PageMarks();
    private final Deque<Integer> sequences = new ArrayDeque<>();
    /** For each open sequence, its ActualText's collector, or {@link ActualText#NONE}. */
    private final Deque<ActualText> actualTexts = new ArrayDeque<>();
    /** How many open sequences have an ActualText (none, in a left-to-right leaflet). */
    private int openActualTexts;
    private Rectangle2D page;
    private Rectangle2D path;
    private boolean clipPending;
    private Area lastClip;
    private Rectangle2D lastClipBounds;
    private final List<Fill> fills = new ArrayList<>();
    private PDColor lastColour;
    private int lastRgb = -1;

    private PageReader() {
        // PDFBox's text engine ignores colours; what stands behind text needs them
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
    }

    static PageMarks read(PDPage page) throws IOException {
        PageReader reader = new PageReader();
        org.apache.pdfbox.pdmodel.common.PDRectangle crop = page.getCropBox();
        reader.page = new Rectangle2D.Double(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight());
        reader.processPage(page);
        return reader.marks;
    }

    private int current() {
        return sequences.isEmpty() ? NONE : sequences.peek();
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        int id = properties == null ? NONE : properties.getInt(COSName.MCID, NONE);
        int enclosing = current();
        if (COSName.ARTIFACT.equals(tag) || enclosing == ARTIFACT) {
            id = ARTIFACT;
        } else if (id < 0) {
            id = enclosing;
        }
        sequences.push(id);
        String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
        actualTexts.push(actual == null || id < 0 ? ActualText.NONE : new ActualText(actual));
        openActualTexts += actualTexts.peek() == ActualText.NONE ? 0 : 1;
    }

    @Override
    public void endMarkedContentSequence() {
        if (!sequences.isEmpty()) {
            int id = sequences.pop();
            ActualText actual = actualTexts.pop();
            if (actual != ActualText.NONE) {
                openActualTexts--;
                actual.end(marks.marks(id));
            }
        }
    }

    /**
     * A sequence whose drawn glyphs stand for other text: right-to-left text is drawn reversed and in
     * joined letter forms, and its ActualText is what a reader's software reads. The ActualText counts
     * in place of the glyphs only when it has the very letters the glyphs draw (compatibility-normalised,
     * in any order), and it is as visible as the least visible of them; otherwise the glyphs count, as
     * drawn. So it may reorder the letters, never add or drop one.
     */
    private static final class ActualText {
        static final ActualText NONE = new ActualText(null);
        final String text;
        final StringBuilder glyphs = new StringBuilder();
        /** 0 every glyph visible, 1 some unseen, 2 some hidden. */
        int worst;

        ActualText(String text) {
            this.text = text;
        }

        void end(PageMarks.Marks m) {
            if (glyphs.isEmpty()) {
                return;
            }
            boolean same = letters(glyphs).equals(letters(text));
            StringBuilder bucket = worst == 2 ? m.hidden : worst == 1 ? m.unseen : m.visible;
            bucket.append(same ? text : glyphs);
        }

        private static String letters(CharSequence s) {
            return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).codePoints()
                    .filter(Character::isLetterOrDigit).sorted()
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        int id = current();
        if (id < 0) {
            return; // furniture, or not tagged at all (veraPDF reports that)
        }
        PageMarks.Marks m = marks.marks(id);
        ActualText actual = openActualTexts == 0 ? null
                : actualTexts.stream().filter(a -> a != ActualText.NONE).findFirst().orElse(null);
        int seen = !isVisible(text) ? 2 : !isLegible(text) || !isOpaque(getGraphicsState().getTextState().getRenderingMode())
                || !standsOut(text) ? 1 : 0;
        if (actual != null) {
            actual.glyphs.append(text.getUnicode());
            if (!isInvisibleFormat(text.getUnicode())) { // a zero-width non-joiner is drawn with no width
                actual.worst = Math.max(actual.worst, seen);
            }
        } else {
            (seen == 2 ? m.hidden : seen == 1 ? m.unseen : m.visible).append(text.getUnicode());
        }
    }

    private boolean isVisible(TextPosition text) {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        Matrix m = text.getTextMatrix();
        float size = Math.abs(m.getScalingFactorY());
        float width = text.getWidthDirAdj();
        if (!(mode.isFill() || mode.isStroke()) || size <= 0.5f || width <= 0 && !isMark(text.getUnicode())) {
            return false;
        }
        float x = m.getTranslateX();
        float y = m.getTranslateY() + size * 0.3f;
        Rectangle2D visible = visibleArea();
        return visible != null && inside(visible, x + Math.min(0.2f, width), y)
                && inside(visible, x + Math.max(0, width - 0.2f), y);
    }

    /** Whether drawn text is only format characters (joiners), which are drawn with no width and never seen. */
    private static boolean isInvisibleFormat(String unicode) {
        return unicode != null && !unicode.isEmpty() && unicode.codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT);
    }

    /** Whether drawn text is combining marks, which are drawn over the letter before them, with no width of their own. */
    private static boolean isMark(String unicode) {
        return unicode != null && !unicode.isEmpty() && unicode.codePoints().allMatch(c -> {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        });
    }

    /**
     * Whether a character is drawn big enough to read, across and up: {@code font-size: 1pt}, or a
     * {@code transform: scaleX(0.02)} that squeezes a line into a sliver, is drawn but not read.
     */
    private static boolean isLegible(TextPosition text) {
        Matrix m = text.getTextMatrix();
        return Math.abs(m.getScalingFactorX()) >= MIN_TEXT_SIZE && Math.abs(m.getScalingFactorY()) >= MIN_TEXT_SIZE;
    }

    /** Whether text in this mode is painted with some opacity: {@code color: transparent} paints it at 0. */
    private boolean isOpaque(RenderingMode mode) {
        PDGraphicsState gs = getGraphicsState();
        return mode.isFill() && gs.getNonStrokeAlphaConstant() >= MIN_ALPHA
                || mode.isStroke() && gs.getAlphaConstant() >= MIN_ALPHA;
    }

    /**
     * Whether a character's colour differs enough from what is painted behind it (the paper when
     * nothing is) to be seen: white on white, or a box's colour on that box, is not. Lines thinner
     * than the character (underlines, borders, rules) are not taken for what is behind it, and a
     * picture or anything whose colour is not known (a pattern, a shading) is given the benefit.
     */
    private boolean standsOut(TextPosition text) {
        PDGraphicsState gs = getGraphicsState();
        int colour = rgb(gs.getTextState().getRenderingMode().isFill() ? gs.getNonStrokingColor() : gs.getStrokingColor());
        if (colour < 0) {
            return true;
        }
        Matrix m = text.getTextMatrix();
        float size = Math.abs(m.getScalingFactorY());
        double x = m.getTranslateX() + text.getWidthDirAdj() / 2;
        double y = m.getTranslateY() + size * 0.3f;
        int behind = PAPER;
        for (int i = fills.size() - 1; i >= 0; i--) {
            Fill f = fills.get(i);
            if (f.area.getWidth() >= size && f.area.getHeight() >= size && f.area.contains(x, y)) {
                behind = f.rgb;
                break;
            }
        }
        return behind < 0 || contrast(colour, behind) >= MIN_CONTRAST;
    }

    /** A colour as 0xRRGGBB, or -1 when it has none that can be told (a pattern). */
    private int rgb(PDColor colour) {
        if (colour != lastColour) {
            lastColour = colour;
            try {
                lastRgb = colour == null ? -1 : colour.toRGB() & 0xFFFFFF;
            } catch (IOException | RuntimeException e) {
                lastRgb = -1;
            }
        }
        return lastRgb;
    }

    /** The WCAG 2.x contrast ratio of two colours, 1 (the same) to 21 (black and white). */
    private static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Something painted on the page, in the order painted: an opaque colour, or -1 (a picture, a shading). */
    private record Fill(Rectangle2D area, int rgb) {
    }

    /** Records a painted area, clipped, for what stands behind later text. */
    private void painted(Rectangle2D box, int rgb) {
        Rectangle2D visible = visibleArea();
        if (box != null && visible != null) {
            Rectangle2D area = box.createIntersection(visible);
            // a border or a rule is thinner than any text that can be read, so never behind it
            if (area.getWidth() >= MIN_TEXT_SIZE && area.getHeight() >= MIN_TEXT_SIZE) {
                fills.add(new Fill(area, rgb));
            }
        }
    }

    private void fill() {
        double alpha = getGraphicsState().getNonStrokeAlphaConstant();
        if (alpha >= MIN_ALPHA) {
            painted(path, alpha >= 0.99 ? rgb(getGraphicsState().getNonStrokingColor()) : -1);
        }
    }

    private static boolean inside(Rectangle2D r, double x, double y) {
        return x >= r.getMinX() - TOLERANCE && x <= r.getMaxX() + TOLERANCE
                && y >= r.getMinY() - TOLERANCE && y <= r.getMaxY() + TOLERANCE;
    }

    /** The crop box within the clipping area in force, or null when nothing can be seen. */
    private Rectangle2D visibleArea() {
        Area clip = getGraphicsState().getCurrentClippingPath();
        if (clip != lastClip) {
            lastClip = clip;
            Rectangle2D bounds = clip.getBounds2D();
            lastClipBounds = bounds.isEmpty() ? null : bounds.createIntersection(page);
        }
        return lastClipBounds == null || lastClipBounds.isEmpty() ? null : lastClipBounds;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        switch (operator.getName()) {
            case "re" -> rectangle(operands);
            case "m", "l", "c", "v", "y" -> points(operands);
            case "W", "W*" -> clipPending = true;
            case "f", "F", "f*", "B", "B*", "b", "b*" -> {
                fill();
                endPath();
            }
            case "n", "S", "s" -> endPath();
            case "sh" -> painted(visibleArea(), -1);
            case "Do" -> picture(operands);
            default -> {
            }
        }
        super.processOperator(operator, operands);
    }

    private void rectangle(List<COSBase> operands) {
        float[] v = numbers(operands, 4);
        if (v != null) {
            add(v[0], v[1]);
            add(v[0] + v[2], v[1]);
            add(v[0], v[1] + v[3]);
            add(v[0] + v[2], v[1] + v[3]);
        }
    }

    private void points(List<COSBase> operands) {
        float[] v = numbers(operands, operands.size() - operands.size() % 2);
        if (v != null) {
            for (int i = 0; i + 1 < v.length; i += 2) {
                add(v[i], v[i + 1]);
            }
        }
    }

    private void add(float x, float y) {
        Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
        if (path == null) {
            path = new Rectangle2D.Double(p.x, p.y, 0, 0);
        } else {
            path.add(p);
        }
    }

    private void endPath() {
        if (clipPending) {
            Rectangle2D r = path == null ? new Rectangle2D.Double() : path;
            getGraphicsState().intersectClippingPath(new GeneralPath(r));
        }
        clipPending = false;
        path = null;
    }

    private void picture(List<COSBase> operands) throws IOException {
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || getResources() == null
                || !getResources().isImageXObject(name)
                || !(getResources().getXObject(name) instanceof PDImageXObject image)) {
            return;
        }
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        Rectangle2D box = new Rectangle2D.Double();
        boolean first = true;
        for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
            if (first) {
                box.setRect(p.x, p.y, 0, 0);
                first = false;
            } else {
                box.add(p);
            }
        }
        Rectangle2D visible = visibleArea();
        double area = box.getWidth() * box.getHeight();
        double shown = area > 0 && visible != null && getGraphicsState().getNonStrokeAlphaConstant() >= MIN_ALPHA
                && seeable(box.getWidth(), box.getHeight(), image.getWidth(), image.getHeight())
                ? Math.min(1, area(box.createIntersection(visible)) / area) : 0;
        painted(box, -1);
        PageMarks.Picture drawn = new PageMarks.Picture((float) shown, (float) box.getWidth(), (float) box.getHeight());
        int id = current();
        if (id >= 0) {
            marks.marks(id).pictures.add(drawn);
        } else {
            marks.artifactPicture(drawn);
        }
    }

    /**
     * Whether a picture drawn this size (points) can be seen: it is not shrunk to a dot (its longer side
     * under 1 mm, or under its own size, a CSS pixel a pixel, for a smaller picture) nor squeezed into a
     * sliver (its shape changed more than fourfold). A thin line stays a thin line.
     */
    private static boolean seeable(double width, double height, int pixelsWide, int pixelsHigh) {
        if (Math.max(width, height) < 0.9 * Math.min(MIN_PICTURE_SIDE, Math.max(pixelsWide, pixelsHigh) * 0.75)) {
            return false;
        }
        if (pixelsWide <= 0 || pixelsHigh <= 0) {
            return true;
        }
        double squeeze = (width / height) / ((double) pixelsWide / pixelsHigh);
        return squeeze <= MAX_SQUEEZE && squeeze >= 1 / MAX_SQUEEZE;
    }

    private static double area(Rectangle2D r) {
        return r.isEmpty() ? 0 : r.getWidth() * r.getHeight();
    }

    private static float[] numbers(List<COSBase> operands, int count) {
        if (operands.size() < count || count <= 0) {
            return null;
        }
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return null;
            }
            v[i] = n.floatValue();
        }
        return v;
    }
}

package org.handout.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Rewrites OpenHTMLtoPDF's page content so veraPDF has less to check, drawing and tagging exactly the
 * same. veraPDF's time follows its rule checks: a glyph is checked once per marked-content sequence it
 * is in, every number in a content stream once. So this drops the empty artifact sequences
 * OpenHTMLtoPDF writes for every box (two thirds of all of them), joins the per-line sequences of one
 * structure element into one, joins a sequence's text objects (repeated fonts and absolute positions
 * become relative moves), and draws rectangles with {@code re} and list bullets with two curves instead
 * of four. Marked-content ids are then numbered again in page order, and the structure tree and its
 * parent tree with them, so every element keeps its content, in its order.
 */
final class LeanContent {
    /** Operators that only set state allowed anywhere, so moving them into a sequence or a text object changes nothing. */
    private static final Set<String> STATE = Set.of("rg", "RG", "g", "G", "k", "K", "cs", "CS", "sc", "scn", "SC",
            "SCN", "w", "J", "j", "M", "d", "ri", "i", "gs", "Tc", "Tw", "Tz", "TL", "Ts", "Tr");
    /** Operators that move the start of the text line other than by {@code Tm}. */
    private static final Set<String> MOVES = Set.of("Td", "TD", "T*", "'", "\"");
    /** Semicircle as one cubic: control points 4/3 of the radius out (off the circle by at most 2 % of it). */
    private static final float SEMICIRCLE = 4f / 3f;

    private LeanContent() {
    }

    /** One operator with its operands. */
    private record Op(String name, List<COSBase> operands, Operator operator) {
        static Op of(String name, COSBase... operands) {
            return new Op(name, List.of(operands), Operator.getOperator(name));
        }
    }

    /** Where a marked-content id is in the structure tree: its element and its place among the element's kids. */
    private record Owner(COSDictionary element, int index) {
    }

    static void apply(PDDocument doc) throws IOException {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) {
            return;
        }
        Map<COSDictionary, Map<Integer, Owner>> owners = new IdentityHashMap<>();
        walk(root, null, (element, page, index, mcid) ->
                owners.computeIfAbsent(page, p -> new HashMap<>()).put(mcid, new Owner(element, index)));
        Map<COSDictionary, Map<Integer, Integer>> renumbered = new IdentityHashMap<>();
        Map<COSDictionary, Set<String>> usedProperties = new IdentityHashMap<>();
        for (PDPage page : doc.getPages()) {
            COSDictionary pageDict = page.getCOSObject();
            List<Op> ops = read(page);
            Map<Integer, Owner> pageOwners = owners.getOrDefault(pageDict, Map.of());
            COSDictionary properties = page.getResources() == null ? null
                    : page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            boolean numbered = ops.stream().noneMatch(op -> namedMcid(op, properties));
            ops = sequences(ops, numbered ? pageOwners : Map.of());
            ops = textObjects(ops);
            ops = shapes(ops);
            if (numbered) {
                renumbered.put(pageDict, renumber(ops));
            }
            if (properties != null) {
                Set<String> used = usedProperties.computeIfAbsent(properties, p -> new HashSet<>());
                ops.stream().filter(o -> (o.name.equals("BDC") || o.name.equals("DP")) && o.operands.size() == 2
                        && o.operands.get(1) instanceof COSName).forEach(o -> used.add(((COSName) o.operands.get(1)).getName()));
            }
            write(doc, page, ops);
        }
        usedProperties.forEach((properties, used) -> {
            for (COSName name : new ArrayList<>(properties.keySet())) {
                if (!used.contains(name.getName())) {
                    properties.removeItem(name);
                }
            }
        });
        rewriteTree(doc, root, renumbered);
    }

    // ---- marked-content sequences

    /** A sequence open while the content is read. */
    private static final class Open {
        final Op begin;
        final int mcid;
        int last;
        final Closed before;

        Open(Op begin, int mcid, Closed before) {
            this.begin = begin;
            this.mcid = mcid;
            this.last = mcid;
            this.before = before;
        }
    }

    /** The last sequence closed at the top level, as long as only state operators followed it. */
    private record Closed(int end, Op begin, int last) {
    }

    /**
     * Drops sequences that are empty and carry no id; joins a sequence to the one just before it when
     * only state operators stand between them, both have the same tag and nothing but an id, and the
     * second's id is the next kid of the same structure element as the first's.
     */
    private static List<Op> sequences(List<Op> ops, Map<Integer, Owner> owners) {
        List<Op> out = new ArrayList<>(ops.size());
        Deque<Open> open = new ArrayDeque<>();
        Closed closed = null;
        for (Op op : ops) {
            switch (op.name) {
                case "BDC", "BMC" -> {
                    int mcid = mcid(op);
                    if (open.isEmpty() && closed != null && mcid >= 0 && onlyMcid(op) && sameTag(closed.begin, op)
                            && follows(owners, closed.last, mcid)) {
                        out.remove(closed.end); // the EMC: the earlier sequence goes on
                        Open again = new Open(closed.begin, -1, null);
                        again.last = mcid;
                        open.push(again);
                        closed = null;
                        continue;
                    }
                    open.push(new Open(op, mcid, open.isEmpty() ? closed : null));
                    closed = null;
                    out.add(op);
                }
                case "EMC" -> {
                    Open top = open.poll();
                    if (top != null && top.mcid < 0 && top.last < 0 && !out.isEmpty() && out.get(out.size() - 1) == top.begin) {
                        out.remove(out.size() - 1); // empty and unreferenced: as if never written
                        closed = top.before;
                        continue;
                    }
                    out.add(op);
                    closed = top != null && open.isEmpty() && top.last >= 0 ? new Closed(out.size() - 1, top.begin, top.last)
                            : null;
                }
                default -> {
                    if (open.isEmpty() && !STATE.contains(op.name)) {
                        closed = null;
                    }
                    out.add(op);
                }
            }
        }
        return out;
    }

    private static boolean follows(Map<Integer, Owner> owners, int previous, int next) {
        Owner a = owners.get(previous);
        Owner b = owners.get(next);
        return a != null && b != null && a.element == b.element && b.index == a.index + 1;
    }

    private static boolean sameTag(Op a, Op b) {
        return a.name.equals("BDC") && b.name.equals("BDC") && a.operands.get(0).equals(b.operands.get(0)) && onlyMcid(a);
    }

    private static boolean onlyMcid(Op op) {
        return op.operands.size() == 2 && op.operands.get(1) instanceof COSDictionary d && d.size() == 1
                && d.containsKey(COSName.MCID);
    }

    private static int mcid(Op op) {
        if (op.name.equals("BDC") && op.operands.size() == 2 && op.operands.get(1) instanceof COSDictionary d
                && d.getDictionaryObject(COSName.MCID) instanceof COSInteger i) {
            return i.intValue();
        }
        return -1;
    }

    /** An id given through the page's property lists rather than inline: such a page is not renumbered. */
    private static boolean namedMcid(Op op, COSDictionary properties) {
        return op.name.equals("BDC") && op.operands.size() == 2 && op.operands.get(1) instanceof COSName name
                && (properties == null || !(properties.getDictionaryObject(name) instanceof COSDictionary list)
                        || list.containsKey(COSName.MCID));
    }

    /** Numbers the page's ids 0, 1, 2… in the order drawn; returns old id to new. */
    private static Map<Integer, Integer> renumber(List<Op> ops) {
        Map<Integer, Integer> map = new HashMap<>();
        for (Op op : ops) {
            int mcid = mcid(op);
            if (mcid >= 0 && !map.containsKey(mcid)) {
                int fresh = map.size();
                map.put(mcid, fresh);
                ((COSDictionary) op.operands.get(1)).setInt(COSName.MCID, fresh);
            }
        }
        return map;
    }

    // ---- text objects

    /**
     * Joins a text object to the one before it when only state operators stand between; inside the
     * joined object a repeated font is dropped and an upright {@code Tm} after another becomes a
     * {@code Td} by the difference.
     */
    private static List<Op> textObjects(List<Op> ops) {
        List<Op> out = new ArrayList<>(ops.size());
        int lastEnd = -1; // index in out of the last ET, while only state operators follow it
        COSBase[] font = null;
        float[] position = null;
        for (Op op : ops) {
            switch (op.name) {
                case "BT" -> {
                    if (lastEnd >= 0) {
                        out.remove(lastEnd);
                        lastEnd = -1;
                        continue;
                    }
                    font = null;
                    position = null;
                    out.add(op);
                }
                case "ET" -> {
                    out.add(op);
                    lastEnd = out.size() - 1;
                }
                case "Tf" -> {
                    COSBase[] now = op.operands.toArray(COSBase[]::new);
                    if (font != null && Arrays.equals(font, now)) {
                        continue;
                    }
                    font = now;
                    out.add(op);
                }
                case "Tm" -> {
                    float[] m = numbers(op.operands, 6);
                    boolean upright = m != null && m[0] == 1 && m[1] == 0 && m[2] == 0 && m[3] == 1;
                    if (upright && position != null) {
                        out.add(Op.of("Td", new COSFloat(m[4] - position[0]), new COSFloat(m[5] - position[1])));
                    } else {
                        out.add(op);
                    }
                    position = upright ? new float[] {m[4], m[5]} : null;
                }
                default -> {
                    if (!STATE.contains(op.name)) {
                        lastEnd = -1;
                    }
                    if (MOVES.contains(op.name)) {
                        position = null;
                    }
                    out.add(op);
                }
            }
        }
        return out;
    }

    // ---- shapes

    /** Rectangles drawn as four lines become {@code re}; a circle of four curves becomes two. */
    private static List<Op> shapes(List<Op> ops) {
        List<Op> out = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            int rectangle = rectangle(ops, i);
            if (rectangle > 0) {
                float[] r = bounds(ops, i, rectangle);
                out.add(Op.of("re", new COSFloat(r[0]), new COSFloat(r[1]), new COSFloat(r[2] - r[0]),
                        new COSFloat(r[3] - r[1])));
                i += rectangle; // the h goes too: re closes its path
                continue;
            }
            float[] circle = circle(ops, i);
            if (circle != null) {
                float cx = circle[0];
                float cy = circle[1];
                float r = circle[2];
                float k = SEMICIRCLE * r;
                out.add(Op.of("m", new COSFloat(cx + r), new COSFloat(cy)));
                out.add(Op.of("c", new COSFloat(cx + r), new COSFloat(cy + k), new COSFloat(cx - r), new COSFloat(cy + k),
                        new COSFloat(cx - r), new COSFloat(cy)));
                out.add(Op.of("c", new COSFloat(cx - r), new COSFloat(cy - k), new COSFloat(cx + r), new COSFloat(cy - k),
                        new COSFloat(cx + r), new COSFloat(cy)));
                out.add(ops.get(i + 5)); // h
                i += 5;
                continue;
            }
            out.add(ops.get(i));
        }
        return out;
    }

    /**
     * If an axis-aligned rectangle starts at {@code i} ({@code m l l l h}, or a fourth {@code l} back
     * to the start), the number of its operators before the {@code h}; else 0.
     */
    private static int rectangle(List<Op> ops, int i) {
        if (!ops.get(i).name.equals("m")) {
            return 0;
        }
        int n = 0;
        while (i + n + 1 < ops.size() && ops.get(i + n + 1).name.equals("l") && n < 4) {
            n++;
        }
        if (n < 3 || i + n + 1 >= ops.size() || !ops.get(i + n + 1).name.equals("h")) {
            return 0;
        }
        float[][] p = new float[n + 1][];
        for (int j = 0; j <= n; j++) {
            p[j] = numbers(ops.get(i + j).operands, 2);
            if (p[j] == null) {
                return 0;
            }
        }
        if (n == 4 && (p[4][0] != p[0][0] || p[4][1] != p[0][1])) {
            return 0;
        }
        for (int j = 0; j < 4; j++) {
            float[] a = p[j];
            float[] b = p[(j + 1) % 4];
            boolean horizontal = a[1] == b[1] && a[0] != b[0];
            boolean vertical = a[0] == b[0] && a[1] != b[1];
            if (!horizontal && !vertical) {
                return 0;
            }
            float[] c = p[(j + 2) % 4];
            if (horizontal == (b[1] == c[1] && b[0] != c[0])) {
                return 0; // two sides in a row in the same direction
            }
        }
        return n + 1;
    }

    private static float[] bounds(List<Op> ops, int from, int count) {
        float[] r = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int j = from; j < from + count; j++) {
            float[] p = numbers(ops.get(j).operands, 2);
            r[0] = Math.min(r[0], p[0]);
            r[1] = Math.min(r[1], p[1]);
            r[2] = Math.max(r[2], p[0]);
            r[3] = Math.max(r[3], p[1]);
        }
        return r;
    }

    /**
     * If a circle drawn as four quarter curves ({@code m c c c c h}, as OpenHTMLtoPDF draws a disc
     * bullet) starts at {@code i}: its centre and radius; else null.
     */
    private static float[] circle(List<Op> ops, int i) {
        if (i + 5 >= ops.size() || !ops.get(i).name.equals("m") || !ops.get(i + 5).name.equals("h")) {
            return null;
        }
        float[] start = numbers(ops.get(i).operands, 2);
        float[][] curves = new float[4][];
        for (int j = 0; j < 4; j++) {
            curves[j] = ops.get(i + 1 + j).name.equals("c") ? numbers(ops.get(i + 1 + j).operands, 6) : null;
            if (curves[j] == null) {
                return null;
            }
        }
        if (start == null || curves[3][4] != start[0] || curves[3][5] != start[1]) {
            return null;
        }
        float minX = start[0], maxX = start[0], minY = start[1], maxY = start[1];
        for (float[] c : curves) {
            minX = Math.min(minX, c[4]);
            maxX = Math.max(maxX, c[4]);
            minY = Math.min(minY, c[5]);
            maxY = Math.max(maxY, c[5]);
        }
        float cx = (minX + maxX) / 2;
        float cy = (minY + maxY) / 2;
        float r = (maxX - minX) / 2;
        if (r <= 0 || Math.abs((maxY - minY) / 2 - r) > r * 0.01f) {
            return null;
        }
        // every curve ends on the circle, a quarter turn from the last, its control points as a circle's are
        float[] from = start;
        for (float[] c : curves) {
            if (!onCircle(c[4], c[5], cx, cy, r) || !quarter(from, c, cx, cy, r)) {
                return null;
            }
            from = new float[] {c[4], c[5]};
        }
        return new float[] {cx, cy, r};
    }

    private static boolean onCircle(float x, float y, float cx, float cy, float r) {
        return Math.abs(Math.hypot(x - cx, y - cy) - r) <= r * 0.01f;
    }

    /** Whether a curve from {@code from} is a quarter circle: control points 0.55 of the radius along the tangents. */
    private static boolean quarter(float[] from, float[] c, float cx, float cy, float r) {
        double k = 0.5523 * r;
        double d1 = Math.hypot(c[0] - from[0], c[1] - from[1]);
        double d2 = Math.hypot(c[2] - c[4], c[3] - c[5]);
        double chord = Math.hypot(c[4] - from[0], c[5] - from[1]);
        return Math.abs(d1 - k) <= r * 0.03 && Math.abs(d2 - k) <= r * 0.03 && Math.abs(chord - r * Math.sqrt(2)) <= r * 0.02;
    }

    private static float[] numbers(List<COSBase> operands, int count) {
        if (operands.size() != count) {
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

    // ---- structure tree

    /** Called for each marked-content id a structure element holds: the element, its page, the kid's place. */
    private interface Visitor {
        void kid(COSDictionary element, COSDictionary page, int index, int mcid);
    }

    private static void walk(COSDictionary node, COSDictionary inherited, Visitor visitor) {
        COSDictionary page = node.getCOSDictionary(COSName.PG) != null ? node.getCOSDictionary(COSName.PG) : inherited;
        List<COSBase> kids = kids(node);
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = resolve(kids.get(i));
            if (kid instanceof COSInteger mcid && page != null) {
                visitor.kid(node, page, i, mcid.intValue());
            } else if (kid instanceof COSDictionary d && COSName.MCR.equals(d.getCOSName(COSName.TYPE))) {
                COSDictionary on = d.getCOSDictionary(COSName.PG) != null ? d.getCOSDictionary(COSName.PG) : page;
                if (on != null) {
                    visitor.kid(node, on, i, d.getInt(COSName.MCID));
                }
            } else if (kid instanceof COSDictionary d && !COSName.OBJR.equals(d.getCOSName(COSName.TYPE))) {
                walk(d, page, visitor);
            }
        }
    }

    private static List<COSBase> kids(COSDictionary node) {
        COSBase k = node.getItem(COSName.K);
        if (k == null) {
            return List.of();
        }
        if (resolve(k) instanceof COSArray array) {
            List<COSBase> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(array.get(i));
            }
            return list;
        }
        return List.of(k);
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject o ? o.getObject() : base;
    }

    /**
     * Gives every element's marked-content kids their new ids, drops the kids whose content joined the
     * kid before them, and writes each page's parent-tree entry again from the tree itself.
     */
    private static void rewriteTree(PDDocument doc, COSDictionary root, Map<COSDictionary, Map<Integer, Integer>> renumbered) {
        Map<COSDictionary, Map<Integer, COSBase>> owners = new IdentityHashMap<>();
        rewrite(root, null, renumbered, owners);
        COSDictionary parentTree = root.getCOSDictionary(COSName.PARENT_TREE);
        if (parentTree == null) {
            return;
        }
        for (PDPage page : doc.getPages()) {
            COSDictionary pageDict = page.getCOSObject();
            Map<Integer, Integer> map = renumbered.get(pageDict);
            int key = pageDict.getInt(COSName.STRUCT_PARENTS, -1);
            if (map == null || key < 0) {
                continue;
            }
            COSArray entry = parentArray(parentTree, key);
            if (entry == null) {
                continue;
            }
            Map<Integer, COSBase> held = owners.getOrDefault(pageDict, Map.of());
            entry.clear();
            for (int mcid = 0; mcid < map.size(); mcid++) {
                COSBase owner = held.get(mcid);
                entry.add(owner == null ? COSNull.NULL : owner);
            }
        }
    }

    private static void rewrite(COSDictionary node, COSDictionary inherited, Map<COSDictionary, Map<Integer, Integer>> renumbered,
            Map<COSDictionary, Map<Integer, COSBase>> owners) {
        COSDictionary page = node.getCOSDictionary(COSName.PG) != null ? node.getCOSDictionary(COSName.PG) : inherited;
        List<COSBase> kids = kids(node);
        List<COSBase> kept = new ArrayList<>(kids.size());
        boolean changed = false;
        for (COSBase raw : kids) {
            COSBase kid = resolve(raw);
            COSDictionary on = null;
            int mcid = -1;
            if (kid instanceof COSInteger i) {
                on = page;
                mcid = i.intValue();
            } else if (kid instanceof COSDictionary d && COSName.MCR.equals(d.getCOSName(COSName.TYPE))) {
                on = d.getCOSDictionary(COSName.PG) != null ? d.getCOSDictionary(COSName.PG) : page;
                mcid = d.getInt(COSName.MCID);
            } else if (kid instanceof COSDictionary d && !COSName.OBJR.equals(d.getCOSName(COSName.TYPE))) {
                rewrite(d, page, renumbered, owners);
            }
            Map<Integer, Integer> map = on == null ? null : renumbered.get(on);
            if (map == null) {
                kept.add(raw);
                continue;
            }
            Integer fresh = map.get(mcid);
            changed = true;
            if (fresh == null) {
                continue; // its content joined the kid before it, or is drawn no more
            }
            if (kid instanceof COSDictionary d) {
                d.setInt(COSName.MCID, fresh);
                kept.add(raw);
            } else {
                kept.add(COSInteger.get(fresh));
            }
            owners.computeIfAbsent(on, p -> new HashMap<>()).put(fresh, node);
        }
        if (!changed) {
            return;
        }
        if (resolve(node.getItem(COSName.K)) instanceof COSArray || kept.size() != 1) {
            COSArray array = new COSArray();
            kept.forEach(array::add);
            node.setItem(COSName.K, array);
        } else {
            node.setItem(COSName.K, kept.get(0));
        }
    }

    /** The parent-tree array for one page's key, through /Kids if the tree has them. */
    private static COSArray parentArray(COSDictionary node, int key) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (resolve(nums.get(i)) instanceof COSInteger k && k.intValue() == key
                        && resolve(nums.get(i + 1)) instanceof COSArray array) {
                    return array;
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (resolve(kids.get(i)) instanceof COSDictionary kid) {
                    COSArray found = parentArray(kid, key);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    // ---- reading and writing content

    private static List<Op> read(PDPage page) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Op> ops = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (token instanceof Operator operator) {
                ops.add(new Op(operator.getName(), List.copyOf(operands), operator));
                operands.clear();
            } else {
                operands.add((COSBase) token);
            }
        }
        return ops;
    }

    private static void write(PDDocument doc, PDPage page, List<Op> ops) throws IOException {
        List<Object> tokens = new ArrayList<>();
        for (Op op : ops) {
            tokens.addAll(op.operands);
            tokens.add(op.operator);
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
    }
}

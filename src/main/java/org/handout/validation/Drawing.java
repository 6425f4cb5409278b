package org.handout.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handout.diagnostic.DiagnosticException;
import org.verapdf.as.ASAtom;
import org.verapdf.as.io.ASInputStream;
import org.verapdf.cos.COSObjType;
import org.verapdf.cos.COSObject;
import org.verapdf.cos.COSStream;

/**
 * Adds up the drawing instructions veraPDF will parse: each page's content, and again for each use of
 * a drawing (form XObject), pattern, soft mask or annotation appearance, which veraPDF parses anew every
 * time one is used. A 2 KB file whose drawing draws another ten times, seven levels deep, took veraPDF
 * 3½ minutes and 4.7 GB; 100 pages sharing one 1 MB content stream, 2½ minutes and 4.5 GB. Each content
 * stream is read once here (its total is remembered), so the count itself costs no more than reading the
 * file; it stops as soon as the total passes the limit.
 */
final class Drawing {

    /** Drawings inside drawings deeper than this are refused, as veraPDF recurses once per level. */
    static final int MAX_NESTING = 64;

    /** A content stream read with a given set of resources (a drawing without its own inherits them). */
    private record Node(CosId content, CosId resources) {
    }

    private final String file;
    private final long limit;
    private final Map<Node, Long> totals = new HashMap<>();
    private final Set<Node> open = new HashSet<>();
    private final Set<CosId> type3Fonts = new HashSet<>();
    private long drawn;

    private Drawing(String file, long limit) {
        this.file = file;
        this.limit = limit;
    }

    static void check(List<PageTree.Page> pages, String file, long limit) throws DiagnosticException {
        Drawing drawing = new Drawing(file, limit);
        for (PageTree.Page page : pages) {
            drawing.add(drawing.total(page.page().getKey(ASAtom.CONTENTS), page.resources(), 0));
            drawing.annotations(page.page());
        }
    }

    private void annotations(COSObject page) throws DiagnosticException {
        COSObject annots = page.getKey(ASAtom.ANNOTS);
        if (annots == null || annots.getType() != COSObjType.COS_ARRAY) {
            return;
        }
        for (int i = 0; i < annots.size(); i++) {
            add(ValidationLimits.DRAWING_USE_BYTES); // veraPDF makes an annotation object, appearance or not
            COSObject appearances = annots.at(i).getKey(ASAtom.AP);
            if (appearances == null || appearances.getType() != COSObjType.COS_DICT) {
                continue;
            }
            for (ASAtom state : List.of(ASAtom.N, ASAtom.R, ASAtom.D)) {
                for (COSObject stream : streams(appearances.getKey(state))) {
                    add(ValidationLimits.DRAWING_USE_BYTES + total(stream, ownResources(stream, null), 0));
                }
            }
        }
    }

    private void add(long bytes) throws DiagnosticException {
        drawn = Math.addExact(drawn, bytes);
        if (drawn > limit) {
            throw Refusal.drawingTooLarge(file, limit);
        }
    }

    /** The instructions {@code content} (a stream or an array of streams) draws, with all it uses. */
    private long total(COSObject content, COSObject resources, int depth) throws DiagnosticException {
        if (content == null || content.empty()) {
            return 0;
        }
        Node node = new Node(CosId.of(content), resources == null ? null : CosId.of(resources));
        Long known = totals.get(node);
        if (known != null) {
            return known;
        }
        if (depth > MAX_NESTING) {
            throw Refusal.damaged(file, ParseFailures.NESTED);
        }
        if (!open.add(node)) {
            return 0; // a drawing that draws itself: veraPDF stops there too
        }
        long[] sum = {0};
        long bytes;
        try {
            bytes = ContentUses.scan(decoded(content), limit, (kind, name) -> {
                for (Use use : uses(kind, name, resources)) {
                    sum[0] += ValidationLimits.DRAWING_USE_BYTES + total(use.content(), use.resources(), depth + 1);
                    if (sum[0] > limit) {
                        throw Refusal.drawingTooLarge(file, limit);
                    }
                }
            });
        } catch (IOException e) {
            bytes = 0; // damaged compressed data: veraPDF reads no further either, and reports it
        }
        long result = sum[0] + bytes;
        if (result > limit) {
            throw Refusal.drawingTooLarge(file, limit);
        }
        open.remove(node);
        totals.put(node, result);
        return result;
    }

    /** A content stream that a resource draws, with the resources it draws with. */
    private record Use(COSObject content, COSObject resources) {
    }

    private List<Use> uses(ContentUses.Kind kind, String name, COSObject resources) {
        if (resources == null || resources.getType() != COSObjType.COS_DICT) {
            return List.of();
        }
        List<Use> uses = new ArrayList<>();
        switch (kind) {
            case XOBJECT -> {
                COSObject xobject = entry(resources, ASAtom.XOBJECT, name);
                if (xobject.getType() == COSObjType.COS_STREAM) {
                    // a picture has no instructions, but each use is still an object veraPDF makes
                    uses.add(new Use(xobject.getNameKey(ASAtom.SUBTYPE) == ASAtom.FORM ? xobject : null,
                            ownResources(xobject, resources)));
                }
            }
            case PATTERN -> {
                COSObject pattern = entry(resources, ASAtom.PATTERN, name);
                if (pattern.getType() == COSObjType.COS_STREAM) {
                    uses.add(new Use(pattern, ownResources(pattern, resources)));
                }
            }
            case GRAPHICS_STATE -> {
                COSObject mask = entry(resources, ASAtom.EXT_G_STATE, name).getKey(ASAtom.SMASK);
                COSObject group = mask == null || mask.getType() != COSObjType.COS_DICT ? null : mask.getKey(ASAtom.G);
                if (group != null && group.getType() == COSObjType.COS_STREAM) {
                    uses.add(new Use(group, ownResources(group, resources)));
                }
            }
            case FONT -> {
                COSObject font = entry(resources, ASAtom.FONT, name);
                if (font.getNameKey(ASAtom.SUBTYPE) == ASAtom.TYPE3 && type3Fonts.add(CosId.of(font))) {
                    COSObject fontResources = ownResources(font, resources);
                    for (COSObject glyph : streams(font.getKey(ASAtom.CHAR_PROCS))) {
                        uses.add(new Use(glyph, ownResources(glyph, fontResources)));
                    }
                }
            }
        }
        return uses;
    }

    private static COSObject entry(COSObject resources, ASAtom category, String name) {
        COSObject dictionary = resources.getKey(category);
        if (dictionary == null || dictionary.getType() != COSObjType.COS_DICT) {
            return COSObject.getEmpty();
        }
        COSObject value = dictionary.getKey(ASAtom.getASAtom(name));
        return value == null ? COSObject.getEmpty() : value;
    }

    private static COSObject ownResources(COSObject object, COSObject inherited) {
        COSObject own = object.getKey(ASAtom.RESOURCES);
        return own != null && own.getType() == COSObjType.COS_DICT ? own : inherited;
    }

    /** A stream, or the streams among the values of a dictionary or the items of an array. */
    private static List<COSObject> streams(COSObject value) {
        if (value == null) {
            return List.of();
        }
        if (value.getType() == COSObjType.COS_STREAM) {
            return List.of(value);
        }
        List<COSObject> streams = new ArrayList<>();
        if (value.getType() == COSObjType.COS_DICT) {
            for (COSObject item : value.getValues()) {
                if (item != null && item.getType() == COSObjType.COS_STREAM) {
                    streams.add(item);
                }
            }
        } else if (value.getType() == COSObjType.COS_ARRAY) {
            for (int i = 0; i < value.size(); i++) {
                if (value.at(i) != null && value.at(i).getType() == COSObjType.COS_STREAM) {
                    streams.add(value.at(i));
                }
            }
        }
        return streams;
    }

    /** The streams' unpacked data, opened one at a time as the scan reaches each. */
    private static Iterator<ASInputStream> decoded(COSObject content) {
        Iterator<COSObject> parts = streams(content).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return parts.hasNext();
            }

            @Override
            public ASInputStream next() {
                return parts.next().getData(COSStream.FilterFlags.DECODE);
            }
        };
    }
}

package org.handout.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.handout.diagnostic.DiagnosticException;
import org.verapdf.as.ASAtom;
import org.verapdf.cos.COSObjType;
import org.verapdf.cos.COSObject;

/**
 * Walks the PDF's other trees built from {@code /Kids}: its name trees (attached files, named
 * destinations, scripts ...), number trees (page labels, the tags' parent tree) and form fields.
 * veraPDF reads some of them whole: a 1.5 KB file whose attached-files tree lists the same branch ten
 * times, seven levels deep, ran it out of 512 MB after 31 s. Like {@link TagTree}, this walk refuses a
 * loop and counts each node and entry as often as the tree reaches it, without recursion.
 */
final class KidsTrees {

    private final String file;
    private final int maxEntries;

    private KidsTrees(String file, int maxEntries) {
        this.file = file;
        this.maxEntries = maxEntries;
    }

    static void check(COSObject catalog, String file, int maxEntries) throws DiagnosticException {
        KidsTrees trees = new KidsTrees(file, maxEntries);
        COSObject names = catalog.getKey(ASAtom.NAMES);
        if (isDictionary(names)) {
            for (COSObject tree : names.getValues()) {
                trees.walk(tree, "its lists of names");
            }
        }
        trees.walk(catalog.getKey(ASAtom.PAGE_LABELS), "its page labels");
        COSObject structure = catalog.getKey(ASAtom.STRUCT_TREE_ROOT);
        if (isDictionary(structure)) {
            trees.walk(structure.getKey(ASAtom.PARENT_TREE), "its tags' lookup tables");
            trees.walk(structure.getKey(ASAtom.ID_TREE), "its tags' lookup tables");
        }
        COSObject form = catalog.getKey(ASAtom.ACRO_FORM);
        if (isDictionary(form)) {
            COSObject fields = form.getKey(ASAtom.FIELDS);
            if (fields != null && fields.getType() == COSObjType.COS_ARRAY) {
                long entries = 0;
                for (int i = 0; i < fields.size(); i++) {
                    entries += trees.walk(fields.at(i), "its form fields");
                    if (entries > maxEntries) {
                        throw Refusal.treeTooLarge(file, "its form fields", maxEntries);
                    }
                }
            }
        }
    }

    /** A node being walked: its kids are read one by one. */
    private static final class Node {
        final COSObject kids;
        final CosId id;
        int next;

        Node(COSObject node) {
            COSObject kids = node.getKey(ASAtom.KIDS);
            this.kids = kids != null && kids.getType() == COSObjType.COS_ARRAY ? kids : null;
            this.id = CosId.of(node);
        }
    }

    /** The tree's nodes and leaf entries, each counted as often as it is reached. */
    private long walk(COSObject root, String what) throws DiagnosticException {
        if (!isDictionary(root)) {
            return 0;
        }
        Deque<Node> path = new ArrayDeque<>();
        Set<CosId> onPath = new HashSet<>();
        long entries = count(root, 0, what);
        Node top = new Node(root);
        path.push(top);
        onPath.add(top.id);
        while (!path.isEmpty()) {
            Node node = path.peek();
            if (node.kids == null || node.next >= node.kids.size()) {
                onPath.remove(node.id);
                path.pop();
                continue;
            }
            COSObject kid = node.kids.at(node.next++);
            if (!isDictionary(kid)) {
                continue;
            }
            entries = count(kid, entries, what);
            Node child = new Node(kid);
            if (!onPath.add(child.id)) {
                throw Refusal.damaged(file, what + " loop back on themselves");
            }
            path.push(child);
        }
        return entries;
    }

    /** One for the node, plus its name or number entries (key and value pairs). */
    private long count(COSObject node, long entries, String what) throws DiagnosticException {
        long total = entries + 1;
        for (ASAtom leaves : new ASAtom[] {ASAtom.NAMES, ASAtom.NUMS}) {
            COSObject array = node.getKey(leaves);
            if (array != null && array.getType() == COSObjType.COS_ARRAY) {
                total += array.size() / 2;
            }
        }
        if (total > maxEntries) {
            throw Refusal.treeTooLarge(file, what, maxEntries);
        }
        return total;
    }

    private static boolean isDictionary(COSObject object) {
        return object != null && object.getType() == COSObjType.COS_DICT;
    }
}

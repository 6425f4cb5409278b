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
 * Walks a PDF's tag tree (its structure tree: the headings, paragraphs and tables a screen reader
 * follows) before veraPDF does. veraPDF builds the whole tree for PDF/UA, recursively, once for every
 * place a tag is reached: a tag tree that loops is passed silently, and one whose tags list the same
 * tag ten times, eight levels deep (1.6 KB) took it 2 minutes and 3.9 GB. This walk refuses a loop and
 * counts each entry as often as the tree reaches it, up to a limit, without recursion.
 */
final class TagTree {

    /** A tag whose kids are being read one by one. */
    private static final class Tag {
        final COSObject kids;
        final CosId id;
        int next;

        Tag(COSObject node) {
            this.kids = node.getKey(ASAtom.K);
            this.id = CosId.of(node);
        }

        /** {@code /K} is one kid or an array of kids. */
        COSObject nextKid() {
            if (kids == null || kids.empty()) {
                return null;
            }
            if (kids.getType() == COSObjType.COS_ARRAY) {
                return next < kids.size() ? kids.at(next++) : null;
            }
            return next++ == 0 ? kids : null;
        }
    }

    private TagTree() {
    }

    static void check(COSObject structTreeRoot, String file, int maxTags) throws DiagnosticException {
        if (structTreeRoot == null || structTreeRoot.getType() != COSObjType.COS_DICT) {
            return;
        }
        Deque<Tag> path = new ArrayDeque<>();
        Set<CosId> onPath = new HashSet<>();
        Tag root = new Tag(structTreeRoot);
        path.push(root);
        onPath.add(root.id);
        long entries = 0;
        while (!path.isEmpty()) {
            Tag tag = path.peek();
            COSObject kid = tag.nextKid();
            if (kid == null) {
                onPath.remove(tag.id);
                path.pop();
                continue;
            }
            if (++entries > maxTags) {
                throw Refusal.tooManyTags(file, maxTags);
            }
            if (kid.getType() != COSObjType.COS_DICT || isReference(kid)) {
                continue; // marked content (a number), or a pointer to content or an annotation: a leaf
            }
            Tag child = new Tag(kid);
            if (!onPath.add(child.id)) {
                throw Refusal.damaged(file, "its tag tree, which screen readers follow, loops back on itself");
            }
            path.push(child);
        }
    }

    private static boolean isReference(COSObject kid) {
        ASAtom type = kid.getNameKey(ASAtom.TYPE);
        return type == ASAtom.MCR || type == ASAtom.OBJR;
    }
}

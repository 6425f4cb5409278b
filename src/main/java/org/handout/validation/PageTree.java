package org.handout.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handout.diagnostic.DiagnosticException;
import org.verapdf.as.ASAtom;
import org.verapdf.cos.COSObjType;
import org.verapdf.cos.COSObject;

/**
 * The pages a PDF's page tree leads to, in order, each with the resources it inherits. veraPDF builds its
 * whole page tree when it opens a file, recursively and trusting every {@code /Count}, so this walk goes
 * first, without recursion: it stops at a loop, at a wrong {@code /Count}, and at more pages or page
 * groups than {@code validate} checks (a tree whose groups list the same group ten times, eight levels
 * deep, is 1.4 KB and has a hundred million pages).
 */
final class PageTree {

    /** A page and the resources it draws with (its own, or the nearest group's). */
    record Page(COSObject page, COSObject resources) {
    }

    /** A group of pages being walked: its kids are read one by one. */
    private static final class Group {
        final COSObject node;
        final CosId id;
        final COSObject resources;
        final int pagesBefore;
        int next;

        Group(COSObject node, COSObject resources, int pagesBefore) {
            this.node = node;
            this.id = CosId.of(node);
            this.resources = resources;
            this.pagesBefore = pagesBefore;
        }
    }

    private PageTree() {
    }

    static List<Page> pages(COSObject root, String file, int maxPages) throws DiagnosticException {
        List<Page> pages = new ArrayList<>();
        if (root == null || root.getType() != COSObjType.COS_DICT) {
            throw Refusal.damaged(file, "it has no page tree");
        }
        Deque<Group> path = new ArrayDeque<>();
        Set<CosId> onPath = new HashSet<>();
        Group top = new Group(root, inherited(root, null), 0);
        path.push(top);
        onPath.add(top.id);
        int groups = 1;
        while (!path.isEmpty()) {
            Group group = path.peek();
            COSObject kids = group.node.getKey(ASAtom.KIDS);
            int size = kids != null && kids.getType() == COSObjType.COS_ARRAY ? kids.size() : 0;
            if (group.next >= size) {
                requireCount(group, pages.size() - group.pagesBefore, file);
                onPath.remove(group.id);
                path.pop();
                continue;
            }
            COSObject kid = kids.at(group.next++);
            ASAtom type = kid == null ? null : kid.getNameKey(ASAtom.TYPE);
            if (type == ASAtom.PAGE) {
                if (pages.size() == maxPages) {
                    throw Refusal.tooManyPages(file, maxPages);
                }
                pages.add(new Page(kid, inherited(kid, group.resources)));
            } else if (type == ASAtom.PAGES) {
                Group child = new Group(kid, inherited(kid, group.resources), pages.size());
                if (!onPath.add(child.id)) {
                    throw Refusal.damaged(file, "its page tree loops back on itself");
                }
                if (++groups > maxPages) {
                    throw Refusal.tooManyPageGroups(file, maxPages);
                }
                path.push(child);
            } else {
                throw Refusal.damaged(file, "its page tree lists something that is not a page");
            }
        }
        return pages;
    }

    private static COSObject inherited(COSObject node, COSObject fromParent) {
        COSObject own = node.getKey(ASAtom.RESOURCES);
        return own != null && own.getType() == COSObjType.COS_DICT ? own : fromParent;
    }

    /** veraPDF finds page N by the groups' {@code /Count}s, so a wrong one loses or misplaces pages. */
    private static void requireCount(Group group, int pages, String file) throws DiagnosticException {
        Long count = group.node.getIntegerKey(ASAtom.COUNT);
        if (count == null || count != pages) {
            throw Refusal.damaged(file, "its page tree counts its pages wrongly: it says "
                    + (count == null ? "nothing" : Refusal.count(count)) + " where there "
                    + (pages == 1 ? "is 1" : "are " + Refusal.count(pages)));
        }
    }
}

package org.handout.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Position;

/**
 * Reads a Markdown body (CommonMark with GitHub tables) into model blocks, checking what the content
 * format forbids: {@code #} headings, skipped heading levels, HTML other than {@code <span lang>} and
 * {@code <abbr title>}, links a printed leaflet cannot offer, images without alt text. Thread-safe.
 */
final class MarkdownReader {
    /**
     * Deeper than this, inlines are read as flat text: far past {@link LeafletLimits#MAX_NESTING}, which
     * refuses the leaflet, but deeper nesting would otherwise overflow the stack (CommonMark stops
     * nesting emphasis and links at 100 levels itself).
     */
    private static final int MAX_INLINE_DEPTH = 100;

    /** {@code [text](a b)} or {@code ![alt](a b)} left as text: a destination with a space and no angle brackets. */
    private static final Pattern SPACED_DESTINATION = Pattern.compile(
            "(!?)\\[([^\\]\\[]*)\\]\\(\\s*([^()<>\"\\s]+(?:\\s+[^()<>\"\\s]+)+)(\\s+\"[^\"]*\")?\\s*\\)");

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * @param lineOffset added to the body's 0-based line numbers to get file line numbers, minus one
     *                   (so a body starting on file line 6 has offset 5)
     */
    List<Block> blocks(String markdown, int lineOffset, Problems problems) {
        Document doc = (Document) parser.parse(markdown);
        Conversion c = new Conversion(markdown.split("\\r?\\n", -1), lineOffset, problems);
        List<Block> blocks = c.blocks(doc);
        ReferencedCharacters.check(blocks, c.lines, lineOffset, problems);
        return blocks;
    }

    private static final class Conversion {
        private final String[] lines;
        private final int lineOffset;
        private final Problems problems;
        private final InlineHtml html;
        private int lastHeadingLevel = 1; // the title is the h1
        /** Links and emphasis around the inlines being read. */
        private int inlineDepth;
        /** How many {@code <span>}/{@code <abbr>} the inlines being read are inside. */
        private int phraseDepth;
        /** Closing tags already reported with the tag they were meant to close, so not again as closing nothing. */
        private final java.util.Set<Node> explained = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Conversion(String[] lines, int lineOffset, Problems problems) {
            this.lines = lines;
            this.lineOffset = lineOffset;
            this.problems = problems;
            this.html = new InlineHtml(problems);
        }

        Position at(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return node.getParent() != null ? at(node.getParent()) : Position.UNKNOWN;
            }
            SourceSpan s = spans.get(0);
            return new Position(lineOffset + s.getLineIndex() + 1, s.getColumnIndex() + 1);
        }

        List<Block> blocks(Node parent) {
            List<Block> out = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                Block b = block(n);
                if (b != null) {
                    out.add(b);
                }
            }
            return out;
        }

        Block block(Node n) {
            Position at = at(n);
            if (n instanceof Heading h) {
                return heading(h, at);
            } else if (n instanceof Paragraph) {
                return new Block.Paragraph(inlines(n), at);
            } else if (n instanceof BulletList) {
                return new Block.ListBlock(false, 1, items(n), at);
            } else if (n instanceof OrderedList o) {
                Integer start = o.getMarkerStartNumber();
                return new Block.ListBlock(true, start == null ? 1 : start, items(n), at);
            } else if (n instanceof BlockQuote) {
                return new Block.Quote(blocks(n), at);
            } else if (n instanceof FencedCodeBlock f) {
                return new Block.CodeBlock(stripFinalNewline(f.getLiteral()), at);
            } else if (n instanceof IndentedCodeBlock i) {
                return new Block.CodeBlock(stripFinalNewline(i.getLiteral()), at);
            } else if (n instanceof ThematicBreak) {
                return new Block.ThematicBreak(at);
            } else if (n instanceof TableBlock) {
                return table(n, at);
            } else if (n instanceof HtmlBlock hb) {
                problems.error(at, "HTML is not allowed here: " + InlineHtml.firstTag(hb.getLiteral())
                        + " — write it in Markdown; only <span lang=\"…\"> and <abbr title=\"…\"> may be used,"
                        + " inside a paragraph");
                return null;
            } else if (n instanceof LinkReferenceDefinition) {
                return null;
            }
            problems.error(at, "this Markdown (" + n.getClass().getSimpleName() + ") is not supported in a leaflet");
            return null;
        }

        private Block heading(Heading h, Position at) {
            int level = h.getLevel();
            if (level == 1) {
                problems.error(at, "a # heading in the body — the title is the leaflet's only level-1 heading;"
                        + " start sections with ##");
            } else if (level > lastHeadingLevel + 1) {
                problems.error(at, "heading level skipped: " + "#".repeat(level) + " after "
                        + "#".repeat(lastHeadingLevel) + (lastHeadingLevel == 1 ? " (the title)" : "")
                        + " — use " + "#".repeat(lastHeadingLevel + 1) + " here");
            }
            lastHeadingLevel = level;
            return new Block.Heading(level, inlines(h), at);
        }

        private List<Block.ListItem> items(Node list) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(new Block.ListItem(blocks(item), at(item)));
                }
            }
            return items;
        }

        private Block table(Node table, Position at) {
            List<Block.Cell> header = new ArrayList<>();
            List<Block.Alignment> alignments = new ArrayList<>();
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<Block.Cell> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell tc) {
                            cells.add(new Block.Cell(inlines(tc), at(tc)));
                            if (section instanceof TableHead) {
                                alignments.add(alignment(tc.getAlignment()));
                            }
                        }
                    }
                    if (section instanceof TableHead) {
                        header.addAll(cells);
                    } else if (section instanceof TableBody) {
                        extraCells(row, header.size());
                        rows.add(cells);
                    }
                }
            }
            return new Block.Table(header, rows, alignments, at);
        }

        /**
         * Markdown drops the cells of a row beyond the header's columns without a word, so text an
         * author typed would be missing from the leaflet.
         */
        private void extraCells(Node row, int columns) {
            List<SourceSpan> spans = row.getSourceSpans();
            if (spans.isEmpty() || spans.get(0).getLineIndex() >= lines.length) {
                return;
            }
            // the row as written, without the > or indentation of a quote or list it stands in
            String line = lines[spans.get(0).getLineIndex()];
            int from = Math.min(spans.get(0).getColumnIndex(), line.length());
            List<String> written = rawCells(line.substring(from, Math.min(from + spans.get(0).getLength(), line.length())));
            List<String> dropped = written.subList(Math.min(columns, written.size()), written.size());
            if (dropped.stream().anyMatch(cell -> !cell.isBlank())) {
                problems.error(at(row), "this row has " + written.size() + " cells but the table has " + columns
                        + " columns, so \"" + String.join(" | ", dropped).strip() + "\" would not be printed — add a"
                        + " column to the header row, or remove the extra cell");
            }
        }

        /** The cells of a table row as written: split at each | that is not escaped (as GitHub does). */
        private static List<String> rawCells(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            String text = line.strip();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\\' && i + 1 < text.length()) {
                    cell.append(ch).append(text.charAt(++i));
                } else if (ch == '|') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            if (text.startsWith("|")) {
                cells.remove(0);
            }
            if (text.endsWith("|") && !text.endsWith("\\|") && !cells.isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            return cells;
        }

        private static Block.Alignment alignment(TableCell.Alignment a) {
            if (a == null) {
                return Block.Alignment.NONE;
            }
            return switch (a) {
                case LEFT -> Block.Alignment.LEFT;
                case CENTER -> Block.Alignment.CENTER;
                case RIGHT -> Block.Alignment.RIGHT;
            };
        }

        /** The inline children of a node, with {@code <span lang>}/{@code <abbr>} pairs folded into nodes. */
        List<Inline> inlines(Node parent) {
            List<Node> children = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                children.add(n);
            }
            if (inlineDepth >= MAX_INLINE_DEPTH) {
                return flat(children, 0, children.size());
            }
            inlineDepth++;
            try {
                return inlines(children, 0, children.size(), null);
            } finally {
                inlineDepth--;
            }
        }

        /** The nodes' text, emphasis and links without their nesting, tags left out: for a leaflet already refused. */
        private List<Inline> flat(List<Node> nodes, int from, int to) {
            List<Inline> out = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Node n = nodes.get(i);
                if (n instanceof Text t) {
                    out.add(new Inline.Text(t.getLiteral(), at(n)));
                } else if (!(n instanceof HtmlInline)) {
                    out.add(new Inline.Text(plainText(n), at(n)));
                }
            }
            return out;
        }

        /** @param enclosing the tag whose content these nodes are, or {@code null} */
        private List<Inline> inlines(List<Node> nodes, int from, int to, String enclosing) {
            List<Inline> out = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Node n = nodes.get(i);
                Position at = at(n);
                if (n instanceof HtmlInline h) {
                    if (explained.remove(n)) {
                        continue;
                    }
                    InlineHtml.Tag tag = html.open(h.getLiteral(), at);
                    if (tag == null) {
                        continue;
                    }
                    int close = InlineHtml.findClose(nodes, i + 1, to, tag.name());
                    if (close < 0) {
                        unclosed(tag.name(), enclosing, n, at);
                        continue;
                    }
                    if (phraseDepth == InlineHtml.MAX_DEPTH) {
                        problems.error(at, "<" + tag.name() + "> would be " + (phraseDepth + 1) + " deep in <span>"
                                + " and <abbr> tags — they may be nested at most " + InlineHtml.MAX_DEPTH + " deep;"
                                + " close some before opening more");
                        i = close;
                        continue;
                    }
                    phraseDepth++;
                    List<Inline> content = inlines(nodes, i + 1, close, tag.name());
                    phraseDepth--;
                    if (!tag.valid()) {
                        out.addAll(content); // the tag's own error is reported; its closing tag is no second one
                    } else {
                        out.add(tag.name().equals("span")
                                ? new Inline.ForeignPhrase(tag.value(), content, at)
                                : new Inline.Abbreviation(tag.value(), content, at));
                    }
                    i = close;
                } else {
                    Inline inline = inline(n, at);
                    if (inline != null) {
                        out.add(inline);
                    }
                }
            }
            return out;
        }

        /**
         * Says why a tag has no closing tag among its siblings. Where its closing tag is further on, the
         * tags cross ({@code <span><abbr></span></abbr>}) or cross the Markdown around them
         * ({@code <span>*x</span>*}): one mistake, so that closing tag is not reported again.
         */
        private void unclosed(String name, String enclosing, Node open, Position at) {
            Node later = InlineHtml.laterClose(open, name);
            if (later != null) {
                explained.add(later);
            }
            if (later != null && enclosing != null) {
                problems.error(at, "<" + name + "> is still open at </" + enclosing + "> — close it first, </" + name
                        + "></" + enclosing + ">: a tag opened inside another closes before it");
            } else if (later != null) {
                problems.error(at, "<" + name + "> and the *emphasis*, **bold** or link next to it overlap — open"
                        + " and close <" + name + "> on the same side of it: <" + name + " …>*…*</" + name + "> or *<"
                        + name + " …>…</" + name + ">*");
            } else {
                problems.error(at, "<" + name + "> is not closed — add </" + name + "> in the same paragraph");
            }
        }

        /**
         * {@code ![alt](images/my lab.jpg)}: Markdown does not read a path with a space as a picture or
         * link, so the leaflet would print the brackets instead, and the picture would be lost.
         */
        private void brokenLinks(String text, Position at) {
            Matcher m = SPACED_DESTINATION.matcher(text);
            while (m.find()) {
                boolean picture = !m.group(1).isEmpty();
                Position where = at.line() == 0 ? at : new Position(at.line(), at.column() + m.start());
                problems.error(where, (picture ? "this picture's path" : "this link's address") + " \"" + m.group(3)
                        + "\" has a space, so Markdown prints it as text — write it in angle brackets, "
                        + m.group(1) + "[" + m.group(2) + "](<" + m.group(3) + ">" + (m.group(4) == null ? "" : m.group(4))
                        + "), or "
                        + (picture ? "rename the file without spaces" : "write the space as %20"));
            }
        }

        private Inline inline(Node n, Position at) {
            if (n instanceof Text t) {
                brokenLinks(t.getLiteral(), at);
                return new Inline.Text(t.getLiteral(), at);
            } else if (n instanceof Emphasis) {
                return new Inline.Emphasis(inlines(n), at);
            } else if (n instanceof StrongEmphasis) {
                return new Inline.Strong(inlines(n), at);
            } else if (n instanceof Code c) {
                return new Inline.Code(c.getLiteral(), at);
            } else if (n instanceof SoftLineBreak) {
                return new Inline.LineBreak(false, at);
            } else if (n instanceof HardLineBreak) {
                return new Inline.LineBreak(true, at);
            } else if (n instanceof Link l) {
                LinkRules.checkLink(l.getDestination(), at, problems);
                return new Inline.Link(l.getDestination(), l.getTitle(), inlines(n), at);
            } else if (n instanceof Image im) {
                String alt = plainText(im).strip();
                boolean decorative = "decorative".equalsIgnoreCase(im.getTitle() == null ? "" : im.getTitle().strip());
                LinkRules.checkImage(im.getDestination(), alt, decorative, at, problems);
                return new Inline.Image(im.getDestination(), decorative ? "" : alt, decorative, at);
            }
            problems.error(at, "this Markdown (" + n.getClass().getSimpleName().toLowerCase(Locale.ROOT)
                    + ") is not supported in a leaflet");
            return null;
        }

        private static String plainText(Node n) {
            StringBuilder s = new StringBuilder();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t) {
                    s.append(t.getLiteral());
                } else if (c instanceof Code code) {
                    s.append(code.getLiteral());
                } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                    s.append(' ');
                } else {
                    s.append(plainText(c));
                }
            }
            return s.toString();
        }

        private static String stripFinalNewline(String s) {
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        }
    }
}

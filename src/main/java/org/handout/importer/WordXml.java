package org.handout.importer;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.handout.diagnostic.Severity;

/**
 * What the Word converter does not say: the document's properties (title, subject, keywords, author,
 * language, last change), and what its text has that a leaflet cannot carry (text boxes, colour as the
 * only sign of meaning). Read as a stream, without DTDs or outside entities.
 */
final class WordXml {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private WordXml() {
    }

    /** docProps/core.xml's elements by name ({@code dc:title}…), and styles.xml's default language. */
    static DocumentProperties properties(WordPackage word) throws ImportFailure {
        Map<String, String> core = new LinkedHashMap<>();
        byte[] coreXml = word.part("docProps/core.xml");
        if (coreXml != null) {
            walk(coreXml, "docProps/core.xml", (r, path) -> {
                if (path.size() == 1) {
                    String name = r.getLocalName();
                    String text = r.getElementText().strip();
                    if (!text.isEmpty()) {
                        core.putIfAbsent(name, text);
                    }
                    return true;
                }
                return false;
            });
        }
        String lang = core.get("language");
        byte[] styles = word.part("word/styles.xml");
        if (lang == null && styles != null) {
            String[] found = {null};
            walk(styles, "word/styles.xml", (r, path) -> {
                if (found[0] == null && r.getLocalName().equals("lang") && path.contains("rPrDefault")) {
                    found[0] = r.getAttributeValue(W, "val");
                }
                return false;
            });
            lang = found[0];
        }
        String summary = core.getOrDefault("description", core.get("subject"));
        List<String> keywords = core.containsKey("keywords")
                ? Arrays.stream(core.get("keywords").split("[,;]")).map(String::strip).filter(k -> !k.isEmpty()).toList()
                : List.of();
        String modified = core.get("modified");
        String reviewed = modified != null && modified.matches("\\d{4}-\\d{2}-\\d{2}.*") ? modified.substring(0, 10) : null;
        return new DocumentProperties(core.get("title"), null, summary, keywords, core.get("creator"),
                lang == null || !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? null : lang, reviewed, null);
    }

    /** Text boxes and coloured text in the document's body, each a note to be placed at the text's line. */
    static List<Note> unkept(WordPackage word) throws ImportFailure {
        List<Note> notes = new ArrayList<>();
        int[] coloured = {0};
        StringBuilder textBox = new StringBuilder();
        StringBuilder colouredRun = new StringBuilder();
        boolean[] runColoured = {false};
        walk(word.part("word/document.xml"), "word/document.xml", new Visitor() {
            @Override
            public boolean start(XMLStreamReader r, Deque<String> path) {
                String name = r.getLocalName();
                if ((name.equals("color") && "rPr".equals(path.peek()))
                        && !path.contains("hyperlink") && !path.contains("pPr")) {
                    String value = r.getAttributeValue(W, "val");
                    runColoured[0] |= value != null && !value.equalsIgnoreCase("auto") && !value.equals("000000");
                } else if (name.equals("highlight") && !path.contains("pPr")) {
                    runColoured[0] = true;
                }
                return false;
            }

            @Override
            public void text(String text, Deque<String> path) {
                if (path.contains("txbxContent") && !path.contains("Fallback")) {
                    textBox.append(text);
                }
                if (runColoured[0] && "t".equals(path.peek())) {
                    colouredRun.append(text);
                }
            }

            @Override
            public void end(String name, Deque<String> path) {
                if (name.equals("r")) {
                    runColoured[0] = false;
                } else if (name.equals("p") && !colouredRun.toString().isBlank()) {
                    if (++coloured[0] <= ImportLimits.NOTES_OF_A_KIND) {
                        notes.add(Note.near(colouredRun.toString(), Severity.WARNING, "text in colour (\""
                                + TableWriter.shortText(colouredRun.toString()) + "\"): colour is not carried over — if it"
                                + " is the only sign of what the text means (a warning, a change, a right answer), say"
                                + " it in words"));
                    }
                    colouredRun.setLength(0);
                } else if (name.equals("txbxContent") && !path.contains("Fallback") && !textBox.toString().isBlank()) {
                    notes.add(Note.near(textBox.toString(), Severity.WARNING, "a text box (\""
                            + TableWriter.shortText(textBox.toString()) + "\") is carried over as ordinary text where it"
                            + " was anchored — check that it reads in order here, or make it a quote (> …)"));
                    textBox.setLength(0);
                }
            }
        });
        if (coloured[0] > ImportLimits.NOTES_OF_A_KIND) {
            notes.add(Note.near(null, Severity.WARNING, (coloured[0] - ImportLimits.NOTES_OF_A_KIND) + " more paragraphs"
                    + " have text in colour, not listed one by one — check each says in words what its colour meant"));
        }
        return notes;
    }

    /** Called at elements, with the local names of the elements around them (innermost first). */
    private interface Visitor {
        /** @return true when the visitor read the element's content itself */
        boolean start(XMLStreamReader r, Deque<String> path) throws XMLStreamException;

        default void text(String text, Deque<String> path) {
        }

        default void end(String name, Deque<String> path) {
        }
    }

    private static void walk(byte[] xml, String part, Visitor visitor) throws ImportFailure {
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            Deque<String> path = new ArrayDeque<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    boolean consumed = visitor.start(r, path);
                    if (!consumed) {
                        path.push(r.getLocalName());
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    visitor.text(r.getText(), path);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = path.pop();
                    visitor.end(name, path);
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw WordPackage.damaged("its part " + part + " is not well-formed XML");
        }
    }
}

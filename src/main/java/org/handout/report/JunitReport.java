package org.handout.report;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.handout.diagnostic.Diagnostic;
import org.handout.validation.FlavourResult;
import org.handout.validation.RuleFailure;

/**
 * {@code junit.xml}: one test case per leaflet and validation flavour (or one "build" case for a
 * leaflet that failed before a PDF existed), so CI dashboards list each broken rule or content error
 * where people already look. No timings, so the same build gives the same file.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String toXml(BuildReport report) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            List<Case> cases = report.leaflets().stream().flatMap(l -> cases(l).stream()).toList();
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "handout");
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(cases.stream().filter(c -> c.failure() != null).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (Case c : cases) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", c.className());
                xml.writeAttribute("name", c.name());
                if (c.failure() != null) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", c.failure().lines().findFirst().orElse(""));
                    xml.writeCharacters(c.failure());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return text + "\n";
    }

    private record Case(String className, String name, String failure) {
    }

    private static List<Case> cases(LeafletResult l) {
        String className = l.variant() == null ? l.sourceFile() : l.sourceFile() + " [" + l.variant() + "]";
        if (l.validation() == null) {
            return List.of(new Case(className, "build", l.errors().stream().map(Diagnostic::toString)
                    .collect(Collectors.joining("\n"))));
        }
        return l.validation().results().stream().map(f -> new Case(className, f.displayName(), failure(l, f))).toList();
    }

    private static String failure(LeafletResult l, FlavourResult f) {
        if (f.compliant()) {
            return null;
        }
        return f.failures().stream().map((RuleFailure r) -> l.sourceFile() + ": " + f.displayName() + " rule "
                + r.ruleId() + " failed " + r.count() + "× — " + r.explanation()).collect(Collectors.joining("\n"));
    }
}

package org.handout.xhtml;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses XHTML text strictly and safely: no DOCTYPE, no entities from outside, no XInclude. */
public final class XhtmlParser {
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(XhtmlParser::newBuilder);

    private XhtmlParser() {
    }

    /**
     * @param origin what produced the text, as the user should see it in a message
     *               (e.g. {@code content/x.md (template leaflet)})
     */
    public static XhtmlDocument parse(String xhtml, URI baseUri, String origin) throws DiagnosticException {
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            Document dom = builder.parse(new InputSource(new StringReader(xhtml)));
            return new XhtmlDocument(xhtml, dom, baseUri);
        } catch (SAXParseException e) {
            throw new DiagnosticException(Diagnostic.error(origin,
                    "the template made XHTML that is not well-formed (line " + e.getLineNumber() + ", column "
                            + e.getColumnNumber() + " of its output): " + e.getMessage()
                            + " — fix the template so it writes well-formed XHTML"));
        } catch (SAXException | IOException e) {
            throw new DiagnosticException(Diagnostic.error(origin, "the XHTML could not be read: " + e.getMessage()));
        }
    }

    private static DocumentBuilder newBuilder() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // No depth limit in the parser, as on Java 17: Java 25's secure processing stops at 100
            // nested elements and calls the XHTML not well-formed; the layout engine's own limit
            // names a template that nests too deeply for what it is.
            f.setAttribute("jdk.xml.maxElementDepth", "0");
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be locked down", e);
        }
    }
}

package se.kommunmeny.purchasing.internal.invoicing;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML document written with the JDK's StAX writer. Leaves without a value are left out, so the document
 * has no empty elements.
 */
final class XmlOut {
    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter out;
    private int depth;

    /** A document whose root element is in {@code rootNamespace} (as default namespace), declaring cac and cbc. */
    XmlOut(String rootNamespace, String rootName) {
        try {
            out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            out.writeStartElement("", rootName, rootNamespace);
            out.writeDefaultNamespace(rootNamespace);
            out.writeNamespace("cac", Ubl.CAC);
            out.writeNamespace("cbc", Ubl.CBC);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a cac aggregate; close it with {@link #end()}. */
    XmlOut start(String name) {
        try {
            indent();
            out.writeStartElement("cac", name, Ubl.CAC);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cbc leaf, left out when the value is {@code null} or blank; attributes as name, value pairs. */
    XmlOut leaf(String name, String value, String... attributes) {
        if (value == null || value.isBlank()) {
            return this;
        }
        try {
            indent();
            out.writeStartElement("cbc", name, Ubl.CBC);
            for (int i = 0; i < attributes.length; i += 2) {
                if (attributes[i + 1] != null) {
                    out.writeAttribute(attributes[i], attributes[i + 1]);
                }
            }
            out.writeCharacters(value);
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut end() {
        try {
            depth--;
            indent();
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the root and returns the document. */
    String finish() {
        try {
            end();
            out.writeEndDocument();
            out.close();
            return text.append('\n').toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void indent() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }
}

package se.kommunmeny.purchasing.internal.invoicing;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An element of a parsed XML document, children found by local name. Parsing is secure: no DTD, no external
 * entities, and a document that declares a DOCTYPE or refers to an entity is refused.
 */
final class XmlElement {
    private final String namespace;
    private final String name;
    private final Map<String, String> attributes = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    private XmlElement(String namespace, String name) {
        this.namespace = namespace;
        this.name = name;
    }

    /** The root element of a document. */
    static XmlElement parse(String xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            try {
                return read(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD -> throw new IllegalArgumentException("A DOCTYPE is not accepted");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new IllegalArgumentException("Entity references are not accepted: " + reader.getLocalName());
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement element = new XmlElement(reader.getNamespaceURI(), reader.getLocalName());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
                    }
                    open.push(element);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> {
                    // comments, processing instructions, whitespace outside the root
                }
            }
        }
        if (root == null) {
            throw new IllegalArgumentException("The document has no root element");
        }
        return root;
    }

    String namespace() {
        return namespace;
    }

    String name() {
        return name;
    }

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** The first descendant along a path of local names, or {@code null}. */
    XmlElement at(String... path) {
        XmlElement element = this;
        for (String step : path) {
            element = element.children.stream().filter(c -> c.name.equals(step)).findFirst().orElse(null);
            if (element == null) {
                return null;
            }
        }
        return element;
    }

    /** The trimmed text of the first descendant along a path, or {@code null} when absent or blank. */
    String text(String... path) {
        XmlElement element = at(path);
        String value = element == null ? "" : element.text.toString().strip();
        return value.isEmpty() ? null : value;
    }

    /** The children with a local name. */
    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }
}

package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

class SoapLimitsTest {

    private static void readAll(String xml) throws XMLStreamException {
        XMLInputFactory factory = (XMLInputFactory) SoapLimits.properties().get(XMLInputFactory.class.getName());
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        while (reader.hasNext()) {
            reader.next();
        }
    }

    /** Found by the fuzzing run: with the limits only as endpoint properties, 200 attributes passed. */
    @Test
    void theReaderFactoryRefusesTooManyAttributes() throws XMLStreamException {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < SoapLimits.MAX_ATTRIBUTE_COUNT + 1; i++) {
            attributes.append(" a").append(i).append("=\"1\"");
        }
        readAll("<e a=\"1\"/>");
        assertThrows(XMLStreamException.class, () -> readAll("<e" + attributes + "/>"));
    }

    @Test
    void theReaderFactoryRefusesDeepNesting() {
        int depth = SoapLimits.MAX_ELEMENT_DEPTH + 1;
        assertThrows(XMLStreamException.class, () -> readAll("<d>".repeat(depth) + "</d>".repeat(depth)));
    }

    @Test
    void everyEndpointSharesTheOneFactory() {
        assertSame(SoapLimits.properties().get(XMLInputFactory.class.getName()),
                SoapLimits.properties().get(XMLInputFactory.class.getName()));
    }
}

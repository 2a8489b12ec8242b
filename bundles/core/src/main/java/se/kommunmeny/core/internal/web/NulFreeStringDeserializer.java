package se.kommunmeny.core.internal.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Strings of REST bodies without the NUL character. PostgreSQL cannot store it ("invalid byte sequence for encoding
 * UTF8: 0x00"): a name with {@code \u0000} failed at commit, a 500. Refused here it is a field problem (400) naming
 * the field, in every offering.
 */
final class NulFreeStringDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    NulFreeStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = StringDeserializer.instance.deserialize(p, ctxt);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw InvalidFormatException.from(p, "The NUL character cannot be stored", value, String.class);
        }
        return value;
    }
}

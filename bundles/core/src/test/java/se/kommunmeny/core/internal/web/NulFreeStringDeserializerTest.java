package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

class NulFreeStringDeserializerTest {
    /** A request body. */
    public record Person(String givenName, List<String> notes) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SimpleModule()
            .addDeserializer(String.class, new NulFreeStringDeserializer()));

    /** Found by the fuzzing drill: PostgreSQL refused the NUL at commit, and the answer was a 500. */
    @Test
    void theNulCharacterIsAFieldProblem() throws Exception {
        assertEquals(new Person("\u00c5sa \uD83D\uDE00", List.of("a")),
                mapper.readValue("{\"givenName\":\"\u00c5sa \\ud83d\\ude00\",\"notes\":[\"a\"]}", Person.class));
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"givenName\":\"a\\u0000b\"}", Person.class));
        assertEquals("givenName", e.getPath().get(0).getFieldName());
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"notes\":[\"\\u0000\"]}", Person.class));
    }
}

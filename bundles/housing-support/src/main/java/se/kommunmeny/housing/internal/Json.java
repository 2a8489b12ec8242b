package se.kommunmeny.housing.internal;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

import se.kommunmeny.housing.api.GoalProgress;
import se.kommunmeny.housing.api.WorkPlan;

/** The storage form (JSON text) of lists in the case records. */
final class Json {
    /** The size of the columns lists are stored in. */
    static final int MAX_STORED = 32000;
    // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<GoalProgress>> PROGRESS = new TypeReference<>() { };

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not writable as JSON", e);
        }
    }

    /** The JSON text of a value that must fit a column of {@link #MAX_STORED} characters. */
    static String bounded(se.kommunmeny.core.api.problem.ValidationException.Collector problems, String field,
            Object value) {
        String json = write(value);
        if (json.length() > MAX_STORED) {
            problems.add(field, "is too long in total");
        }
        return json;
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    static List<GoalProgress> progress(String json) {
        return read(json, PROGRESS);
    }

    static WorkPlan workPlan(String json) {
        try {
            return MAPPER.readValue(json, WorkPlan.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored work plan is not readable", e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(MAPPER.readValue(json, type));
        } catch (IOException e) {
            throw new IllegalStateException("a stored list is not readable", e);
        }
    }
}

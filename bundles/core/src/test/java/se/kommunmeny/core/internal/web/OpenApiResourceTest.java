package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

class OpenApiResourceTest {

    /** A small resource with the annotations the generator understands. */
    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ItemsResource {
        @GET
        @Path("items/{id: [0-9]+}")
        public Map<String, Object> get(@PathParam("id") long id, @QueryParam("lang") String lang,
                @HeaderParam("X-Trace") String trace, @Context HttpHeaders headers) {
            return Map.of();
        }

        @POST
        @Path("items")
        @Consumes("application/vnd.item+json")
        public Map<String, Object> create(Item body, @QueryParam("dryRun") boolean dryRun) {
            return Map.of();
        }

        @GET
        @Path("items")
        @Produces("text/csv")
        public String list(@QueryParam("limit") Integer limit) {
            return "";
        }

        @DELETE
        @Path("/items/{id}/")
        public void delete(@PathParam("id") String id) {
        }

        /** Not an operation: no HTTP verb. */
        public String helper() {
            return "";
        }
    }

    /** A request body type. */
    public static class Item {
        public String name;
    }

    /** A resource whose path template has a regular expression with braces. */
    @Path("/")
    public static class CodesResource {
        @GET
        @Path("codes/{code: [0-9]{4}}")
        public String get(@PathParam("code") String code) {
            return code;
        }
    }

    private static Map<String, Object> paths(String address, Class<?> type) {
        Map<String, Object> paths = new TreeMap<>();
        OpenApiResource.addPaths(paths, address, type);
        return paths;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertNotNull(o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<String, Object> operation) {
        return (List<Map<String, Object>>) operation.get("parameters");
    }

    private static Map<String, Object> parameter(Map<String, Object> operation, String name) {
        return parameters(operation).stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " in " + operation));
    }

    @Test
    void pathsAreJoinedWithRegularExpressionsStripped() {
        Map<String, Object> paths = paths("/api/x", ItemsResource.class);
        assertEquals(Set.of("/api/x/items", "/api/x/items/{id}"), paths.keySet());
        assertEquals(Set.of("get", "post"), map(paths.get("/api/x/items")).keySet());
        assertEquals(Set.of("get", "delete"), map(paths.get("/api/x/items/{id}")).keySet());
        // Slashes around the address do not matter.
        assertEquals(paths.keySet(), paths("api/x/", ItemsResource.class).keySet());
    }

    @Test
    void pathParameterIsRequiredAndQueryAndHeaderParametersAreListed() {
        Map<String, Object> get = map(map(paths("/api/x", ItemsResource.class).get("/api/x/items/{id}")).get("get"));
        assertEquals("ItemsResource_get", get.get("operationId"));
        assertEquals(3, parameters(get).size(), "the @Context parameter is neither a parameter nor a body");

        Map<String, Object> id = parameter(get, "id");
        assertEquals("path", id.get("in"));
        assertEquals(true, id.get("required"));
        assertEquals(Map.of("type", "integer"), id.get("schema"));

        Map<String, Object> lang = parameter(get, "lang");
        assertEquals("query", lang.get("in"));
        assertEquals(false, lang.get("required"));
        assertEquals(Map.of("type", "string"), lang.get("schema"));

        assertEquals("header", parameter(get, "X-Trace").get("in"));
        assertNull(get.get("requestBody"), "a GET has no body");
    }

    @Test
    void postHasARequestBodyWithTheConsumedMediaType() {
        Map<String, Object> items = map(paths("/api/x", ItemsResource.class).get("/api/x/items"));
        Map<String, Object> post = map(items.get("post"));
        Map<String, Object> body = map(post.get("requestBody"));
        assertEquals(true, body.get("required"));
        Map<String, Object> content = map(body.get("content"));
        assertEquals(Set.of("application/vnd.item+json"), content.keySet());
        assertEquals("Item", map(map(content.get("application/vnd.item+json")).get("schema")).get("x-java-type"));

        Map<String, Object> dryRun = parameter(post, "dryRun");
        assertEquals("query", dryRun.get("in"));
        assertEquals(Map.of("type", "boolean"), dryRun.get("schema"));

        Map<String, Object> list = map(items.get("get"));
        assertNull(list.get("requestBody"));
        assertEquals(Map.of("type", "integer"), parameter(list, "limit").get("schema"));
    }

    @Test
    void responsesIncludeSuccessAndProblems() {
        Map<String, Object> paths = paths("/api/x", ItemsResource.class);
        Map<String, Object> post = map(map(paths.get("/api/x/items")).get("post"));
        Map<String, Object> postResponses = map(post.get("responses"));
        assertTrue(postResponses.keySet().containsAll(List.of("201", "400", "401", "403", "404", "503")),
                postResponses.keySet().toString());
        assertFalse(postResponses.containsKey("200"));

        Map<String, Object> get = map(map(paths.get("/api/x/items/{id}")).get("get"));
        Map<String, Object> getResponses = map(get.get("responses"));
        assertTrue(getResponses.keySet().containsAll(List.of("200", "400", "401")), getResponses.keySet().toString());
        assertFalse(getResponses.containsKey("201"));
        assertTrue(map(map(getResponses.get("401")).get("content")).containsKey("application/problem+json"));
        // Class-level @Produces applies; method-level @Produces overrides it.
        assertEquals(Set.of("application/json"), map(map(getResponses.get("200")).get("content")).keySet());
        Map<String, Object> list = map(map(paths.get("/api/x/items")).get("get"));
        assertEquals(Set.of("text/csv"),
                map(map(map(list.get("responses")).get("200")).get("content")).keySet());
    }

    @Test
    void operationWithoutParametersHasNoParameterList() {
        @Path("/")
        class Bare {
        }
        Map<String, Object> paths = paths("/api/bare", Bare.class);
        assertTrue(paths.isEmpty(), "a class without verbs adds no paths");

        Map<String, Object> delete = map(map(paths("/api/x", ItemsResource.class).get("/api/x/items/{id}"))
                .get("delete"));
        assertEquals(1, parameters(delete).size());
    }

    @Test
    void regularExpressionsWithBracesAreStripped() {
        assertEquals(Set.of("/api/x/codes/{code}"), paths("/api/x", CodesResource.class).keySet());
    }

    /** A request body record with the field types the schema names. */
    public record Order(String name, int count, java.math.BigDecimal price, java.time.LocalDate day, Kind kind,
            List<Line> lines, Line first) {
    }

    /** A nested record. */
    public record Line(String text, Boolean done) {
    }

    /** An enumeration. */
    public enum Kind {
        A, B
    }

    @Test
    void recordBodiesListTheirFieldsWithTypes() {
        Map<String, Object> schema = OpenApiResource.bodySchema(Order.class, 0);
        assertEquals("object", schema.get("type"));
        Map<String, Object> properties = map(schema.get("properties"));
        assertEquals(List.of("name", "count", "price", "day", "kind", "lines", "first"),
                List.copyOf(properties.keySet()));
        assertEquals(Map.of("type", "string"), properties.get("name"));
        assertEquals(Map.of("type", "integer"), properties.get("count"));
        assertEquals(Map.of("type", "number"), properties.get("price"));
        assertEquals(Map.of("type", "string", "format", "date"), properties.get("day"));
        assertEquals(Map.of("type", "string", "enum", List.of("A", "B")), properties.get("kind"));
        Map<String, Object> line = map(map(properties.get("lines")).get("items"));
        assertEquals("array", map(properties.get("lines")).get("type"));
        assertEquals(Map.of("text", Map.of("type", "string"), "done", Map.of("type", "boolean")),
                map(line.get("properties")));
        assertEquals(line, properties.get("first"));
    }
}

package se.kommunmeny.core.internal.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * The OpenAPI 3 document of the REST API, generated from the JAX-RS annotations of the resources published at
 * this moment, so it always matches what is live: install an offering and its paths appear. Public: it describes
 * the API and holds no data.
 */
@Path("/")
public class OpenApiResource {
    private final EndpointPublisher publisher;

    OpenApiResource(EndpointPublisher publisher) {
        this.publisher = publisher;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Kommunmeny REST API", "version", "1",
                "description", "REST API of one municipality's Kommunmeny instance. Errors are RFC 9457 "
                        + "application/problem+json. Every operation needs HTTP Basic credentials."));
        doc.put("servers", List.of(Map.of("url", "/kommunmeny")));
        Map<String, Object> paths = new TreeMap<>();
        for (PublishedResource resource : publisher.publishedResources()) {
            addPaths(paths, resource.address(), resource.resourceClass());
        }
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "securitySchemes", Map.of("basicAuth", Map.of("type", "http", "scheme", "basic")),
                "schemas", Map.of("Problem", problemSchema())));
        doc.put("security", List.of(Map.of("basicAuth", List.of())));
        return doc;
    }

    @SuppressWarnings("unchecked")
    static void addPaths(Map<String, Object> paths, String address, Class<?> type) {
        String classPath = pathOf(type.getAnnotation(Path.class));
        for (Method method : type.getMethods()) {
            String verb = verb(method);
            if (verb == null) {
                continue;
            }
            String path = join(address, classPath, pathOf(method.getAnnotation(Path.class)));
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, k -> new TreeMap<>());
            item.put(verb, operation(method, path));
        }
    }

    private static Map<String, Object> operation(Method method, String path) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", method.getDeclaringClass().getSimpleName() + "_" + method.getName());
        List<Map<String, Object>> parameters = new ArrayList<>();
        Parameter body = null;
        for (Parameter p : method.getParameters()) {
            PathParam pp = p.getAnnotation(PathParam.class);
            QueryParam qp = p.getAnnotation(QueryParam.class);
            HeaderParam hp = p.getAnnotation(HeaderParam.class);
            if (pp != null) {
                parameters.add(Map.of("name", pp.value(), "in", "path", "required", true,
                        "schema", schema(p.getType())));
            } else if (qp != null) {
                parameters.add(Map.of("name", qp.value(), "in", "query", "required", false,
                        "schema", schema(p.getType())));
            } else if (hp != null) {
                parameters.add(Map.of("name", hp.value(), "in", "header", "required", false,
                        "schema", schema(p.getType())));
            } else if (!hasAnnotation(p, Context.class)) {
                body = p;
            }
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        if (body != null) {
            Consumes consumes = method.getAnnotation(Consumes.class);
            String mediaType = consumes == null ? MediaType.APPLICATION_JSON : consumes.value()[0];
            Map<String, Object> schema = new LinkedHashMap<>(bodySchema(body.getParameterizedType(), 0));
            schema.put("x-java-type", body.getType().getSimpleName());
            op.put("requestBody", Map.of("required", true, "content", Map.of(mediaType, Map.of("schema", schema))));
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        for (String media : produces == null ? new String[] {MediaType.APPLICATION_JSON} : produces.value()) {
            content.put(media, Map.of("schema", Map.of("type", media.contains("json") ? "object" : "string")));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(method.getAnnotation(POST.class) != null ? "201" : "200",
                Map.of("description", "Success", "content", content));
        Map<String, Object> problem = Map.of("description", "Problem (RFC 9457)", "content",
                Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
        for (String status : List.of("400", "401", "403", "404", "503")) {
            responses.put(status, problem);
        }
        op.put("responses", responses);
        return op;
    }

    private static boolean hasAnnotation(Parameter p, Class<? extends Annotation> type) {
        return p.getAnnotation(type) != null;
    }

    private static Map<String, Object> schema(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Map.of("type", "integer");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Map.of("type", "boolean");
        }
        return Map.of("type", "string");
    }

    /**
     * The JSON schema of a request body: a record's components as properties (nested records, lists and enums
     * followed a few levels deep), so that clients and test generators see each field's name and type.
     */
    static Map<String, Object> bodySchema(Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return Map.of("type", "string");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class || raw == java.math.BigInteger.class) {
            return Map.of("type", "integer");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == java.math.BigDecimal.class) {
            return Map.of("type", "number");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (raw == java.time.LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (raw == java.time.LocalTime.class) {
            return Map.of("type", "string", "format", "time");
        }
        if (raw == java.time.Instant.class || raw == java.time.OffsetDateTime.class
                || raw == java.time.LocalDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (raw.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return Map.of("type", "string", "enum", values);
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type item = raw.isArray() ? raw.getComponentType() : type instanceof ParameterizedType p
                    ? p.getActualTypeArguments()[0] : Object.class;
            return Map.of("type", "array", "items", depth < 6 ? bodySchema(item, depth + 1) : Map.of());
        }
        if (raw.isRecord() && depth < 6) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                properties.put(component.getName(), bodySchema(component.getGenericType(), depth + 1));
            }
            return Map.of("type", "object", "properties", properties);
        }
        return Map.of("type", "object");
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", Map.of("type", "string"));
        props.put("title", Map.of("type", "string"));
        props.put("status", Map.of("type", "integer"));
        props.put("detail", Map.of("type", "string"));
        props.put("instance", Map.of("type", "string"));
        props.put("errors", Map.of("type", "array", "items", Map.of("type", "object", "properties",
                Map.of("field", Map.of("type", "string"), "message", Map.of("type", "string")))));
        return Map.of("type", "object", "properties", props);
    }

    private static String verb(Method m) {
        if (m.getAnnotation(GET.class) != null) {
            return "get";
        }
        if (m.getAnnotation(POST.class) != null) {
            return "post";
        }
        if (m.getAnnotation(PUT.class) != null) {
            return "put";
        }
        if (m.getAnnotation(DELETE.class) != null) {
            return "delete";
        }
        return null;
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                sb.append('/').append(trimmed);
            }
        }
        return stripRegularExpressions(sb.toString());
    }

    /** {@code {id: [0-9]{4}}} becomes {@code {id}}: braces inside the expression are balanced, not cut short. */
    static String stripRegularExpressions(String template) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                char d = template.charAt(end);
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    break;
                }
            }
            String inner = template.substring(i + 1, Math.min(end, template.length()));
            int colon = inner.indexOf(':');
            out.append('{').append((colon < 0 ? inner : inner.substring(0, colon)).trim()).append('}');
            i = end + 1;
        }
        return out.toString();
    }
}

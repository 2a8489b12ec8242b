package se.kommunmeny.core.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import se.kommunmeny.core.api.problem.FieldProblem;
import se.kommunmeny.core.api.problem.ProblemException;

/** RFC 9457 problem documents. */
public final class Problems {
    public static final String TYPE_BASE = "https://kommunmeny.se/problems/";
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    public static Response response(ProblemException p, String instance) {
        return response(p.status(), p.code(), p.title(), p.getMessage(), instance, p.fieldProblems());
    }

    public static Response response(int status, String code, String title, String detail, String instance,
            List<FieldProblem> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + code);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (fields != null && !fields.isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            for (FieldProblem f : fields) {
                errors.add(Map.of("field", f.field(), "message", f.message()));
            }
            body.put("errors", errors);
        }
        Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON).entity(body);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Basic realm=\"kommunmeny\", charset=\"UTF-8\"");
        }
        return builder.build();
    }
}

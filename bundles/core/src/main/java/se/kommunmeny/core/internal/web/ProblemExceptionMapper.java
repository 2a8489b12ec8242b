package se.kommunmeny.core.internal.web;

import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import se.kommunmeny.core.api.problem.FieldProblem;
import se.kommunmeny.core.api.problem.ProblemException;

/**
 * Every exception leaving a resource becomes a problem document: known problems with their status, malformed JSON
 * as 400 naming the field, a database that cannot be reached as 503 with Retry-After, anything unexpected as a 500
 * without details (logged here, never shown).
 */
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionMapper.class);
    /** Seconds a client is told to wait when the offering is being removed or replaced. */
    static final int OFFERING_RETRY_AFTER_SECONDS = 5;

    /** The bundle of the resource this mapper serves (null: the core's own), to tell a failure of an offering going away. */
    private final Bundle resourceBundle;

    public ProblemExceptionMapper() {
        this(null);
    }

    public ProblemExceptionMapper(Bundle resourceBundle) {
        this.resourceBundle = resourceBundle;
    }

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        Throwable t = unwrap(exception);
        if (t instanceof ProblemException p) {
            return Problems.response(p, instance);
        }
        if (t instanceof JsonProcessingException json) {
            return Problems.response(400, "malformed", "The request body is not valid", describe(json), instance,
                    fields(json));
        }
        if (t instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                return Problems.response(status, statusCode(status), Response.Status.fromStatusCode(status) == null
                        ? "Request rejected" : Response.Status.fromStatusCode(status).getReasonPhrase(),
                        clientMessage(status), instance, List.of());
            }
        }
        if (stopping(resourceBundle)) {
            // A request in flight while its offering is uninstalled or replaced: its persistence unit and services are
            // closed under it. Not a defect of the request: the offering is unavailable, as it is a moment later (404).
            LOG.info("Request to {} failed while its offering was stopping: {}", instance, t.getClass().getName());
            return Response.fromResponse(Problems.response(503, "unavailable", "Service unavailable",
                    "The offering is being removed or replaced; the request was not completed. Try again shortly.",
                    instance, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(OFFERING_RETRY_AFTER_SECONDS)).build();
        }
        if (DatabaseOutage.isCause(exception)) {
            // Not a defect of the request or the code: the database is down or restarting. No stack trace, one line.
            LOG.warn("Database unreachable while serving {}: {}", instance, exception.getClass().getName());
            return Response.fromResponse(Problems.response(503, DatabaseOutage.CODE, DatabaseOutage.TITLE,
                    DatabaseOutage.DETAIL, instance, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS)).build();
        }
        LOG.error("Unexpected failure serving {}", instance, t);
        return Problems.response(500, "internal", "Internal error",
                "The request could not be completed. Nothing was changed; the error has been logged.", instance,
                List.of());
    }

    /** True when the resource's bundle is no longer active (stopping, stopped or uninstalled). */
    static boolean stopping(Bundle bundle) {
        return bundle != null && bundle.getState() != Bundle.ACTIVE;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current instanceof ProblemException || current instanceof JsonProcessingException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "The field '" + u.getPropertyName() + "' is not known.";
        }
        if (e instanceof InvalidFormatException) {
            return "A field has a value of the wrong type or format.";
        }
        if (e instanceof MismatchedInputException) {
            return "The JSON does not have the expected structure.";
        }
        return "The body is not well-formed JSON or exceeds the allowed size or depth.";
    }

    private static List<FieldProblem> fields(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : "has a value of the wrong type or format";
            return List.of(new FieldProblem(path.toString(), message));
        }
        return List.of();
    }

    private static String statusCode(int status) {
        return switch (status) {
            case 404 -> "no-such-endpoint";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
    }

    private static String clientMessage(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. The offering may not be installed.";
            case 405 -> "This address does not accept this HTTP method.";
            case 406 -> "The requested representation is not available.";
            case 415 -> "The request body has a media type this address does not accept; send application/json.";
            default -> "The request was rejected.";
        };
    }
}

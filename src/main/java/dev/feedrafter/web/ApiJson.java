package dev.feedrafter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON in and out of the API. Errors are {@code {"error": "…"}} with the status code that says what went wrong:
 * 400 bad request, 401 not logged in, 403 missing CSRF token, 404 no such draft, 409 workflow conflict or stale
 * version, 429 too many wrong passwords.
 */
final class ApiJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ApiJson() {}

    static void send(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialize", e);
        }
    }

    /**
     * Drafts, written exactly as the command line prints them (indented, then a line end), so the answer of
     * {@code GET /api/drafts} is byte for byte the output of {@code drafts list --json} on the same store.
     */
    static void sendDrafts(Context ctx, Object drafts) {
        try {
            ctx.status(200).contentType("application/json; charset=utf-8")
                    .result(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(drafts) + System.lineSeparator());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialize", e);
        }
    }

    static void error(Context ctx, RequestProblem e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        body.putAll(e.extra());
        send(ctx, e.status(), body);
    }

    static void error(Context ctx, int status, String message) {
        error(ctx, new RequestProblem(status, message));
    }

    /** The request body as a JSON object; a 400 when it is not one. */
    static JsonNode object(Context ctx) {
        try {
            JsonNode node = MAPPER.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new RequestProblem(400, "the request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RequestProblem(400, "the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A text field, or null when it is absent or null; a 400 when it is not text. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new RequestProblem(400, "\"" + field + "\" must be a string");
        }
        return value.textValue();
    }
}

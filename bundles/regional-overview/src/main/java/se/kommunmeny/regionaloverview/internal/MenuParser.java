package se.kommunmeny.regionaloverview.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

/**
 * Reads a platform's {@code GET /api/menu} answer. Tolerant by design, since the platforms of a county are upgraded
 * one at a time: unknown fields are ignored, an enum value this version does not know is skipped (and logged once per
 * value), missing fields take their neutral value. Only an answer that is not JSON, or that names no municipality,
 * is refused.
 */
public final class MenuParser {
    private static final Logger LOG = LoggerFactory.getLogger(MenuParser.class);
    /** Unknown values already logged, so that a county with a newer platform does not fill the log. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();
    private static final int MAX_LOGGED = 1000;

    /** Strict (no trailing data, no duplicate keys) and bounded; also reads the overview's saved menus. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                .maxStringLength(256 * 1024).maxNumberLength(64).build());
    }

    private MenuParser() {
    }

    public static PlatformMenu parse(byte[] body) throws InvalidMenuException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            throw new InvalidMenuException("invalid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidMenuException("invalid JSON: not a menu");
        }
        JsonNode m = root.path("municipality");
        String code = text(m, "code");
        if (code == null || code.isBlank()) {
            throw new InvalidMenuException("invalid menu: no municipality code");
        }
        String name = text(m, "name");
        MunicipalityRef municipality = new MunicipalityRef(code.trim(), name == null || name.isBlank() ? code.trim()
                : name.trim(), orEmpty(text(m, "county")), orEmpty(text(m, "country")));
        List<ReadEntry> entries = new ArrayList<>();
        for (JsonNode e : root.path("entries")) {
            ReadEntry entry = entry(e);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return new PlatformMenu(municipality, instant(text(root, "readAt")), entries);
    }

    private static ReadEntry entry(JsonNode e) {
        if (!e.isObject()) {
            return null;
        }
        String id = orEmpty(text(e, "id")).trim();
        String name = orEmpty(text(e, "name")).trim();
        if (name.isEmpty() && id.isEmpty()) {
            logOnce("entry", "without id and name");
            return null;
        }
        ServiceType type = enumValue(ServiceType.class, "type", text(e, "type"));
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (JsonNode g : e.path("targetGroups")) {
            TargetGroup group = enumValue(TargetGroup.class, "targetGroups", g.isTextual() ? g.asText() : null);
            if (group != null) {
                groups.add(group);
            }
        }
        JsonNode provider = e.path("provider");
        ProviderCategory kind = enumValue(ProviderCategory.class, "provider.kind", text(provider, "kind"));
        List<String> methods = new ArrayList<>();
        for (JsonNode method : e.path("methods")) {
            if (method.isTextual() && !method.asText().isBlank()) {
                methods.add(method.asText().trim());
            }
        }
        JsonNode capacity = e.path("capacity");
        return new ReadEntry(id, name.isEmpty() ? id : name, type, groups, e.path("anonymous").asBoolean(false), kind,
                orEmpty(text(provider, "name")).trim(), capacity.canConvertToInt() && capacity.isIntegralNumber()
                        ? capacity.intValue() : null, methods, text(e, "district"));
    }

    /** The enum constant of that name, or {@code null} (logged once) for a value this version does not know. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            logOnce(field, value);
            return null;
        }
    }

    private static void logOnce(String field, String value) {
        String shown = value.replaceAll("\\p{Cntrl}", "?");
        shown = shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
        if (LOGGED.size() < MAX_LOGGED && LOGGED.add(field + "=" + shown)) {
            LOG.warn("Regional overview: a platform's menu has {} '{}', which this version does not know; skipped",
                    field, shown);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() || v.isNumber() ? v.asText() : null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

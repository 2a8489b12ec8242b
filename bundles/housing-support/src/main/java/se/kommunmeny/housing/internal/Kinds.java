package se.kommunmeny.housing.internal;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The kinds configured now, by id; they come and go with their configurations. */
final class Kinds {
    private final Map<String, ConfiguredKind> byId = new ConcurrentHashMap<>();

    void add(ConfiguredKind kind) {
        byId.put(kind.id(), kind);
    }

    void remove(ConfiguredKind kind) {
        byId.remove(kind.id(), kind);
    }

    ConfiguredKind get(String id) {
        return id == null ? null : byId.get(id);
    }

    Collection<ConfiguredKind> all() {
        return byId.values();
    }

    /** The effective rules for a placement or unit: the unit's own over its kind's. */
    Rules rules(String kindId, UnitEntity unit) {
        ConfiguredKind kind = get(kindId);
        return (kind == null ? Rules.NONE : kind.rules()).of(unit);
    }
}

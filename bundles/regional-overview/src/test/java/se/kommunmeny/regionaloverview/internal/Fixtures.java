package se.kommunmeny.regionaloverview.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

/** Menus and entries for the tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-11-22T18:00:00Z");

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/menus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlatformMenu menu(String name) {
        try {
            return MenuParser.parse(bytes(name));
        } catch (InvalidMenuException e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }

    static ReadEntry entry(String name, ServiceType type, Set<TargetGroup> groups) {
        return new ReadEntry("x/" + name, name, type, groups, false, ProviderCategory.OWN, "", null, List.of(), null);
    }

    static ReadEntry withMethods(ReadEntry e, String... methods) {
        return new ReadEntry(e.id(), e.name(), e.type(), e.targetGroups(), e.anonymous(), e.providerKind(),
                e.providerName(), e.capacity(), List.of(methods), e.district());
    }

    static ReadEntry withProvider(ReadEntry e, ProviderCategory kind) {
        return new ReadEntry(e.id(), e.name(), e.type(), e.targetGroups(), e.anonymous(), kind, e.providerName(),
                e.capacity(), e.methods(), e.district());
    }

    static ReadEntry anonymous(ReadEntry e) {
        return new ReadEntry(e.id(), e.name(), e.type(), e.targetGroups(), true, e.providerKind(), e.providerName(),
                e.capacity(), e.methods(), e.district());
    }

    static PlatformMenu menu(String code, String name, ReadEntry... entries) {
        return new PlatformMenu(new MunicipalityRef(code, name, "V\u00e4stmanlands l\u00e4n", "SE"), T0,
                List.of(entries));
    }

    /** A platform that answered with this menu. */
    static PlatformState answered(String id, PlatformMenu menu) {
        return PlatformState.initial(settings(id)).after(Reading.ok(T0, menu));
    }

    static PlatformSettings settings(String id) {
        return PlatformSettings.of(id, "http://127.0.0.1:1/kommunmeny", "lansstyrelsen", "secret", "");
    }
}

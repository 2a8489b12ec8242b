package se.kommunmeny.core.api.menu;

import java.util.Objects;

/** The provider of a service: the municipality itself, a partner municipality, or a purchased provider. */
public record Provider(ProviderKind kind, String name) {

    public Provider {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }

    public static Provider own() {
        return new Provider(ProviderKind.OWN, "");
    }
}

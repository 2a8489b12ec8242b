package se.kommunmeny.regionaloverview.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

/**
 * One menu entry as read from a platform, keeping what the overview needs. Values this version does not know are
 * absent: {@code type} and {@code providerKind} are then {@code null}, unknown target groups are left out.
 *
 * @param district a part of the municipality with its own row in the survey (Skultuna in Västerås), or {@code null}
 */
public record ReadEntry(String id, String name, ServiceType type, Set<TargetGroup> targetGroups, boolean anonymous,
        ProviderCategory providerKind, String providerName, Integer capacity, List<String> methods, String district) {

    public ReadEntry {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(targetGroups));
        providerName = providerName == null ? "" : providerName;
        methods = methods == null ? List.of() : List.copyOf(methods);
        district = district == null || district.isBlank() ? null : district.trim();
    }
}

package se.kommunmeny.core.api.menu;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One service on the menu, as its offering describes it at the moment of asking.
 *
 * @param id stable identifier, unique on the instance, e.g. {@code treatment-plan/kbt-12}
 * @param name the service's name as the municipality calls it
 * @param type the row
 * @param targetGroups the columns it spans; never empty
 * @param anonymous may be used without registration (marked * in the survey)
 * @param decisionRequired needs a biståndsbeslut
 * @param description the survey's template
 * @param provider own, partner municipality or purchased
 * @param capacity places, or {@code null} when the offering does not know
 * @param freePlaces free places now, or {@code null} when the offering does not know
 * @param methods methods used (12-step, CBT, MI, CRA, ASI, …)
 * @param offering the offering module that runs it, or {@code configured} for plain configured entries
 * @param freePlacesReadAt when {@code freePlaces} was read, for a figure read from another platform (a purchased
 *        service's supplier); {@code null} for a figure that is live
 * @param district the part of the municipality the service belongs to (Skultuna in Västerås), when the platform
 *        serves a district; {@code null} otherwise
 */
public record MenuEntry(String id, String name, ServiceType type, Set<TargetGroup> targetGroups, boolean anonymous,
        boolean decisionRequired, ServiceDescription description, Provider provider, Integer capacity,
        Integer freePlaces, List<String> methods, String offering, Instant freePlacesReadAt, String district) {

    public MenuEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (targetGroups == null || targetGroups.isEmpty()) {
            throw new IllegalArgumentException("a menu entry needs at least one target group");
        }
        targetGroups = Set.copyOf(EnumSet.copyOf(targetGroups));
        description = description == null ? ServiceDescription.empty() : description;
        provider = provider == null ? Provider.own() : provider;
        methods = methods == null ? List.of() : List.copyOf(methods);
        offering = offering == null ? "configured" : offering;
        district = district == null || district.isBlank() ? null : district.trim();
    }

    /** An entry of the whole municipality (no district). */
    public MenuEntry(String id, String name, ServiceType type, Set<TargetGroup> targetGroups, boolean anonymous,
            boolean decisionRequired, ServiceDescription description, Provider provider, Integer capacity,
            Integer freePlaces, List<String> methods, String offering, Instant freePlacesReadAt) {
        this(id, name, type, targetGroups, anonymous, decisionRequired, description, provider, capacity, freePlaces,
                methods, offering, freePlacesReadAt, null);
    }

    /** The same entry, belonging to a district of the municipality. */
    public MenuEntry inDistrict(String districtName) {
        return new MenuEntry(id, name, type, targetGroups, anonymous, decisionRequired, description, provider,
                capacity, freePlaces, methods, offering, freePlacesReadAt, districtName);
    }

    /** An entry whose figures are live. */
    public MenuEntry(String id, String name, ServiceType type, Set<TargetGroup> targetGroups, boolean anonymous,
            boolean decisionRequired, ServiceDescription description, Provider provider, Integer capacity,
            Integer freePlaces, List<String> methods, String offering) {
        this(id, name, type, targetGroups, anonymous, decisionRequired, description, provider, capacity, freePlaces,
                methods, offering, null, null);
    }
}

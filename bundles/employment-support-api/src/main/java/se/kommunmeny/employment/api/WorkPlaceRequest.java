package se.kommunmeny.employment.api;

import java.util.List;

/**
 * A work place to register or update (unit manager).
 *
 * @param id optional on registration (lower-case letters, digits and -); generated when absent
 * @param workType e.g. café, second-hand shop, weaving room, carpentry, gardening, cleaning, snow clearing
 * @param reservations reserved places; their sum may not exceed {@code places}
 * @param active {@code true} when absent
 * @param version on an update, the version edited (optional; a stale one is a conflict)
 */
public record WorkPlaceRequest(String id, String kindId, String name, WorkPlaceProvider provider, String workType,
        Integer places, List<Reservation> reservations, Supervisor supervisor, Boolean active, Long version) {
}

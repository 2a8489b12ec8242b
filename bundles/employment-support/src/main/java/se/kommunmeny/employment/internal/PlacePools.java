package se.kommunmeny.employment.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The place arithmetic of a work place. Its places fall in three pools: ordinary places, places reserved for young
 * adults (18–25) and light places (lightplatser). An ordinary placement uses ordinary places, a young adult's uses
 * the reserved places first and then ordinary ones, a light placement only light places. An active placement holds
 * its place until it ends, so a new placement fits only if its pool has a free place on every day from its start.
 */
final class PlacePools {
    static final String NONE = "NONE";
    static final String ORDINARY = "ORDINARY";
    static final String YOUNG = "AGE_18_25";
    static final String LIGHT = "LIGHT";
    static final List<String> RESERVATIONS = List.of(NONE, YOUNG, LIGHT);

    private PlacePools() {
    }

    /** The size of each pool. */
    record Sizes(int ordinary, int young, int light) {
        int of(String pool) {
            return switch (pool) {
                case YOUNG -> young;
                case LIGHT -> light;
                default -> ordinary;
            };
        }

        int total() {
            return ordinary + young + light;
        }
    }

    /**
     * A placement's hold on a place: from its start to its last day inclusive, or open ({@code null}). An ended
     * placement's last day is the day before it ended, so the place can be taken again on the end day.
     */
    record Stay(String pool, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** The pools a reservation may take a place in, in order of preference. */
    static List<String> poolsFor(String reservation) {
        return switch (reservation) {
            case YOUNG -> List.of(YOUNG, ORDINARY);
            case LIGHT -> List.of(LIGHT);
            default -> List.of(ORDINARY);
        };
    }

    /** The most places of {@code pool} held on any one day from {@code from} on. */
    static int maxHeld(List<Stay> stays, String pool, LocalDate from) {
        int max = heldOn(stays, pool, from);
        for (Stay s : stays) {
            if (pool.equals(s.pool()) && s.from().isAfter(from)) {
                max = Math.max(max, heldOn(stays, pool, s.from()));
            }
        }
        return max;
    }

    static int heldOn(List<Stay> stays, String pool, LocalDate day) {
        return (int) stays.stream().filter(s -> pool.equals(s.pool()) && s.covers(day)).count();
    }

    /** The pool a placement starting on {@code start} gets, or {@code null} when every pool it may use is full. */
    static String choose(Sizes sizes, String reservation, List<Stay> stays, LocalDate start) {
        for (String pool : poolsFor(reservation)) {
            if (maxHeld(stays, pool, start) < sizes.of(pool)) {
                return pool;
            }
        }
        return null;
    }

    /** Places of each pool held now or later by active stays: what a change of the work place must leave room for. */
    static Sizes held(List<Stay> stays, LocalDate today) {
        return new Sizes(maxHeld(stays, ORDINARY, today), maxHeld(stays, YOUNG, today), maxHeld(stays, LIGHT, today));
    }

    /** Whether two periods (last days inclusive, {@code null} = open) share a day. */
    static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (aTo == null || !aTo.isBefore(bFrom)) && (bTo == null || !bTo.isBefore(aFrom));
    }
}

package se.kommunmeny.housing.internal;

import java.time.LocalDate;

/** Place arithmetic: free places and overlapping stays. */
final class Capacity {
    private Capacity() {
    }

    /** Whether one more placement fits; a capacity below zero means no limit. */
    static boolean hasPlace(int capacity, int occupied) {
        return capacity < 0 || occupied < capacity;
    }

    /** Free places, never negative; -1 for no limit. */
    static int free(int capacity, int occupied) {
        return capacity < 0 ? -1 : Math.max(0, capacity - occupied);
    }

    /** Whether two stays share a day; an end of {@code null} is open. Both ends are inclusive. */
    static boolean overlaps(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        boolean aBeforeB = aEnd != null && aEnd.isBefore(bStart);
        boolean bBeforeA = bEnd != null && bEnd.isBefore(aStart);
        return !aBeforeB && !bBeforeA;
    }
}

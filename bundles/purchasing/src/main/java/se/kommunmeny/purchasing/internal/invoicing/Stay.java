package se.kommunmeny.purchasing.internal.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A placement's stay as billed: its extent over time, and how it ends. The buyer's order reference is the only
 * identification of the person that reaches an invoice.
 *
 * @param placementId the seller's placement
 * @param orderRef the buyer's order reference
 * @param segments the extent over time, not overlapping
 * @param noticeGivenOn the day the buyer gave notice, or {@code null}
 * @param endedOn the last day of the stay, or {@code null}
 */
public record Stay(String placementId, String orderRef, List<Segment> segments, LocalDate noticeGivenOn,
        LocalDate endedOn) {

    /** Full or half time (heltid / halvtid). */
    public enum Extent {
        FULL_TIME, HALF_TIME
    }

    /**
     * One extent over a period.
     *
     * @param from the first day
     * @param toInclusive the last day, or {@code null} while open
     */
    public record Segment(LocalDate from, LocalDate toInclusive, Extent extent) {
        public Segment {
            Objects.requireNonNull(from, "segment start");
            Objects.requireNonNull(extent, "segment extent");
            if (toInclusive != null && toInclusive.isBefore(from)) {
                throw new IllegalArgumentException("Segment ends " + toInclusive + " before it starts " + from);
            }
        }

        boolean overlaps(Segment other) {
            return (toInclusive == null || !toInclusive.isBefore(other.from))
                    && (other.toInclusive == null || !other.toInclusive.isBefore(from));
        }
    }

    public Stay {
        Objects.requireNonNull(placementId, "placement id");
        if (orderRef == null || orderRef.isBlank()) {
            throw new IllegalArgumentException("Placement " + placementId + " has no order reference");
        }
        segments = segments.stream().sorted(Comparator.comparing(Segment::from)).toList();
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("Placement " + placementId + " has no segments");
        }
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i - 1).overlaps(segments.get(i))) {
                throw new IllegalArgumentException("Placement " + placementId + " has overlapping segments from "
                        + segments.get(i - 1).from() + " and from " + segments.get(i).from());
            }
        }
    }

    /** The last day of the notice period, or {@code null} when no notice was given. */
    LocalDate noticeEnd(int noticeDays) {
        return noticeGivenOn == null ? null : noticeGivenOn.plusDays(noticeDays - 1L);
    }

    /**
     * The billed segments: the stay's own, ending on the later of the day it ended and the end of the notice period;
     * the last segment's extent runs on to that day.
     */
    List<Segment> billedSegments(int noticeDays) {
        LocalDate noticeEnd = noticeEnd(noticeDays);
        LocalDate end = endedOn == null ? noticeEnd
                : noticeEnd == null || endedOn.isAfter(noticeEnd) ? endedOn : noticeEnd;
        if (end == null) {
            return segments;
        }
        List<Segment> billed = new ArrayList<>();
        for (Segment segment : segments) {
            if (!segment.from().isAfter(end)) {
                billed.add(segment);
            }
        }
        if (!billed.isEmpty()) {
            // Segments do not overlap, so only the last one can reach the end, or stop short of it.
            Segment last = billed.get(billed.size() - 1);
            billed.set(billed.size() - 1, new Segment(last.from(), end, last.extent()));
        }
        return billed;
    }
}

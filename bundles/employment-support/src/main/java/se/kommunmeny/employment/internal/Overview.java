package se.kommunmeny.employment.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.employment.api.PlaceStatistics;
import se.kommunmeny.employment.api.ReminderView;
import se.kommunmeny.employment.api.StatisticsView;

/** Reminders computed on read, and statistics for the unit manager without identities. */
final class Overview {
    static final int MAX_WITHIN_DAYS = 365;
    static final int MAX_STATISTICS_YEARS = 5;

    private final EmploymentRepository repository;
    private final PlacementAccess access;
    private final Map<String, ConfiguredKind> kinds;
    private final Placements placements;

    Overview(EmploymentRepository repository, PlacementAccess access, Map<String, ConfiguredKind> kinds,
            Placements placements) {
        this.repository = repository;
        this.access = access;
        this.kinds = kinds;
        this.placements = placements;
    }

    List<ReminderView> reminders(Caller caller, Integer withinDays) {
        String role = caller.requireAnyRole(Role.BEHANDLARE, Role.ENHETSCHEF, Role.HANDLAGGARE);
        int within = withinDays == null ? 30 : withinDays;
        if (within < 0 || within > MAX_WITHIN_DAYS) {
            throw new ValidationException("withinDays", "must be from 0 to " + MAX_WITHIN_DAYS);
        }
        LocalDate today = DateFields.today();
        return repository.inTransaction(em -> {
            List<PlacementEntity> active = active(em, caller, role);
            Map<String, MeetingEntity> lastMeetings = lastMeetings(em, caller, role);
            List<ReminderView> due = new ArrayList<>();
            for (PlacementEntity p : active) {
                due.addAll(Reminders.due(facts(p, lastMeetings.get(p.id)), today, within));
            }
            access.search(caller, role, null, "employment-support/reminders", "withinDays=" + within);
            due.sort(Comparator.comparing(ReminderView::dueDate).thenComparing(ReminderView::placementId));
            return due;
        });
    }

    private Reminders.Facts facts(PlacementEntity p, MeetingEntity last) {
        ConfiguredKind kind = kinds.get(p.kindId);
        LocalDate stepMax = kind == null || p.step == null ? null : kind.steps().maximumReached(p.step, p.stepSince);
        return new Reminders.Facts(p.id, p.startDate, last == null ? null : last.heldOn,
                last == null ? null : last.nextMeetingOn, placements.followUpDays(p.kindId), stepMax);
    }

    /** Active placements: a practitioner's assigned ones, everyone's for the others. */
    private static List<PlacementEntity> active(EntityManager em, Caller caller, String role) {
        if (Role.BEHANDLARE.equals(role)) {
            return em.createQuery("SELECT p FROM PlacementEntity p, StaffEntity s WHERE s.placementId = p.id "
                    + "AND s.userName = :u AND p.status = :a ORDER BY p.id", PlacementEntity.class)
                    .setParameter("u", caller.user()).setParameter("a", PlacementEntity.ACTIVE).getResultList();
        }
        return em.createQuery("SELECT p FROM PlacementEntity p WHERE p.status = :a ORDER BY p.id",
                PlacementEntity.class).setParameter("a", PlacementEntity.ACTIVE).getResultList();
    }

    /** The latest meeting of each active placement (the caller's, for a practitioner). */
    private static Map<String, MeetingEntity> lastMeetings(EntityManager em, Caller caller, String role) {
        String query = "SELECT m FROM MeetingEntity m, PlacementEntity p WHERE m.placementId = p.id AND p.status = :a"
                + (Role.BEHANDLARE.equals(role) ? " AND EXISTS (SELECT s FROM StaffEntity s WHERE s.placementId = p.id "
                        + "AND s.userName = :u)" : "") + " ORDER BY m.heldOn, m.recordedAt";
        var q = em.createQuery(query, MeetingEntity.class).setParameter("a", PlacementEntity.ACTIVE);
        if (Role.BEHANDLARE.equals(role)) {
            q.setParameter("u", caller.user());
        }
        Map<String, MeetingEntity> last = new HashMap<>();
        q.getResultList().forEach(m -> last.put(m.placementId, m));
        return last;
    }

    StatisticsView statistics(Caller caller, String from, String to) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate today = DateFields.today();
        LocalDate last = DateFields.parse(problems, "to", to, today);
        LocalDate first = DateFields.parse(problems, "from", from, last == null ? null : last.minusMonths(12).plusDays(1));
        if (first != null && last != null && last.isBefore(first)) {
            problems.add("to", "is before from");
        } else if (first != null && last != null && ChronoUnit.YEARS.between(first, last) >= MAX_STATISTICS_YEARS) {
            problems.add("from", "the period may be at most " + MAX_STATISTICS_YEARS + " years");
        }
        problems.throwIfAny();
        return repository.inTransaction(em -> statistics(em, first, last));
    }

    private StatisticsView statistics(EntityManager em, LocalDate from, LocalDate to) {
        List<WorkPlaceEntity> places = em.createQuery("SELECT w FROM WorkPlaceEntity w ORDER BY w.kindId, w.name, w.id",
                WorkPlaceEntity.class).getResultList();
        Map<String, List<Occupancy.Stay>> byPlace = new HashMap<>();
        for (PlacementEntity p : em.createQuery("SELECT p FROM PlacementEntity p WHERE p.status IN :s "
                + "AND p.startDate <= :to", PlacementEntity.class).setParameter("s", List.of(PlacementEntity.ACTIVE,
                        PlacementEntity.ENDED)).setParameter("to", to).getResultList()) {
            if (p.endedOn == null || !p.endedOn.isBefore(from)) {
                byPlace.computeIfAbsent(p.workPlaceId, k -> new ArrayList<>())
                        .add(new Occupancy.Stay(p.startDate, p.endedOn, p.outcome));
            }
        }
        List<PlaceStatistics> perPlace = new ArrayList<>();
        Map<String, List<Occupancy.Stay>> byKind = new HashMap<>();
        Map<String, Integer> kindCapacity = new HashMap<>();
        for (WorkPlaceEntity w : places) {
            List<Occupancy.Stay> stays = byPlace.getOrDefault(w.id, List.of());
            int capacity = w.isActive() ? w.places : 0;
            perPlace.add(Occupancy.of(w.kindId, w.id, w.name, capacity, stays, from, to));
            byKind.computeIfAbsent(w.kindId, k -> new ArrayList<>()).addAll(stays);
            kindCapacity.merge(w.kindId, capacity, Integer::sum);
        }
        List<PlaceStatistics> perKind = byKind.keySet().stream().sorted().map(k -> Occupancy.of(k, null, kindName(k),
                kindCapacity.get(k), byKind.get(k), from, to)).toList();
        return new StatisticsView(from, to, perPlace, perKind);
    }

    private String kindName(String kindId) {
        ConfiguredKind kind = kinds.get(kindId);
        return kind == null ? null : kind.name();
    }
}

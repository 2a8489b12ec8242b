package se.kommunmeny.housing.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.housing.api.Reminder;
import se.kommunmeny.housing.api.StatisticsView;

/** Reminders computed on read, and statistics without identities for the unit manager. */
final class Insights {
    static final int MAX_WITHIN_DAYS = 365;
    static final int MAX_PERIOD_YEARS = 5;

    private final HousingRepository repository;
    private final PlacementAccess access;
    private final Kinds kinds;

    Insights(HousingRepository repository, PlacementAccess access, Kinds kinds) {
        this.repository = repository;
        this.access = access;
        this.kinds = kinds;
    }

    List<Reminder> reminders(Caller caller, int withinDays) {
        String role = caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new ValidationException("withinDays", "must be between 0 and " + MAX_WITHIN_DAYS);
        }
        LocalDate today = DateFields.today();
        return repository.inTransaction(em -> {
            List<Reminder> reminders = new ArrayList<>();
            for (PlacementEntity p : activePlacements(em, caller, role)) {
                UnitEntity unit = p.unitId == null ? null : em.find(UnitEntity.class, p.unitId);
                Rules rules = kinds.rules(p.kindId, unit);
                reminders.addAll(ReminderRules.of(new ReminderRules.Due(p.id,
                        StayRules.nextFollowUp(p.startDate, p.lastFollowUpOn, p.followUpIntervalDays), p.plannedEndDate,
                        StayRules.earliestTransfer(p.startDate, rules.contractTransferAfterMonths())), today, withinDays));
            }
            access.search(caller, role, "housing-support/reminders", "withinDays=" + withinDays);
            reminders.sort(Comparator.comparing(Reminder::dueDate).thenComparing(Reminder::placementId)
                    .thenComparing(Reminder::kind));
            return reminders;
        });
    }

    private static List<PlacementEntity> activePlacements(EntityManager em, Caller caller, String role) {
        if (Role.BEHANDLARE.equals(role)) {
            return em.createQuery("SELECT p FROM PlacementEntity p, StaffEntity s WHERE s.placementId = p.id "
                    + "AND s.userName = :u AND p.status = :s ORDER BY p.id", PlacementEntity.class)
                    .setParameter("u", caller.user()).setParameter("s", PlacementEntity.ACTIVE).getResultList();
        }
        return em.createQuery("SELECT p FROM PlacementEntity p WHERE p.status = :s ORDER BY p.id",
                PlacementEntity.class).setParameter("s", PlacementEntity.ACTIVE).getResultList();
    }

    StatisticsView statistics(Caller caller, String fromText, String toText) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        ValidationException.Collector problems = new ValidationException.Collector();
        LocalDate to = DateFields.parse(problems, "to", toText, DateFields.today());
        LocalDate from = DateFields.parse(problems, "from", fromText, to == null ? null : to.minusMonths(12).plusDays(1));
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("to", "is before from");
        } else if (from != null && to != null && ChronoUnit.YEARS.between(from, to) >= MAX_PERIOD_YEARS) {
            problems.add("from", "the period can be at most " + MAX_PERIOD_YEARS + " years");
        }
        problems.throwIfAny();
        return repository.read(em -> compute(em, from, to));
    }

    private StatisticsView compute(EntityManager em, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("SELECT p.kindId, p.unitId, p.startDate, p.endedOn, p.status, p.endReason "
                + "FROM PlacementEntity p WHERE p.status IN :s AND p.startDate <= :to", Object[].class)
                .setParameter("s", List.of(PlacementEntity.ACTIVE, PlacementEntity.MOVED_OUT, PlacementEntity.EVICTED,
                        PlacementEntity.CONTRACT_TRANSFERRED)).setParameter("to", to).getResultList();
        Map<String, List<Occupancy.Stay>> byUnit = new HashMap<>();
        Map<String, List<Occupancy.Stay>> byKind = new HashMap<>();
        for (Object[] r : rows) {
            String status = (String) r[4];
            boolean moveOut = PlacementEntity.MOVED_OUT.equals(status);
            Occupancy.Stay stay = new Occupancy.Stay((LocalDate) r[2], (LocalDate) r[3], status,
                    moveOut ? (String) r[5] : null);
            byKind.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(stay);
            if (r[1] != null) {
                byUnit.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(stay);
            }
        }
        List<StatisticsView.Occupancy> units = new ArrayList<>();
        for (UnitEntity u : em.createQuery("SELECT u FROM UnitEntity u ORDER BY u.kindId, u.name, u.id",
                UnitEntity.class).getResultList()) {
            units.add(Occupancy.of(u.id, u.name, u.kindId, u.places, byUnit.getOrDefault(u.id, List.of()), from, to));
        }
        TreeSet<String> kindIds = new TreeSet<>(byKind.keySet());
        kinds.all().forEach(k -> kindIds.add(k.id()));
        List<StatisticsView.Occupancy> kindFigures = new ArrayList<>();
        for (String kindId : kindIds) {
            ConfiguredKind kind = kinds.get(kindId);
            int capacity = kind == null ? 0 : Math.max(0, kind.capacity(em));
            kindFigures.add(Occupancy.of(kindId, kind == null ? kindId : kind.name(), kindId, capacity,
                    byKind.getOrDefault(kindId, List.of()), from, to));
        }
        return new StatisticsView(from, to, units, kindFigures);
    }
}

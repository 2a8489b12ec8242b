package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.supportgroups.api.StatisticsView;

/** Statistics per programme and year for the unit manager: counts only, no identities. */
final class Insights {
    private final SupportGroupsRepository repository;
    private final Programmes programmes;

    Insights(SupportGroupsRepository repository, Programmes programmes) {
        this.repository = repository;
        this.programmes = programmes;
    }

    StatisticsView statistics(Caller caller, Integer year) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        LocalDate today = DateFields.today();
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > today.getYear() + 2) {
            throw new ValidationException("year", "must be 2000-" + (today.getYear() + 2));
        }
        return repository.read(em -> {
            Map<String, ProgrammeTally> tallies = new LinkedHashMap<>();
            for (ConfiguredProgramme p : programmes.list()) {
                tallies.put(p.id(), new ProgrammeTally(p.id(), p.name(), p.template().questions));
            }
            for (CohortEntity c : SupportGroupsRepository.cohortsStarting(em, LocalDate.of(y, 1, 1),
                    LocalDate.of(y, 12, 31))) {
                tallies.computeIfAbsent(c.programmeId, id -> new ProgrammeTally(id, id, List.of()))
                        .add(cohort(em, c, today), shareNames(em, c), Records.forms(em, c.id));
            }
            return new StatisticsView(y, tallies.values().stream().map(ProgrammeTally::figures).toList());
        });
    }

    private static ProgrammeTally.Cohort cohort(EntityManager em, CohortEntity c, LocalDate today) {
        CohortFigures f = CohortFigures.of(em, c, today);
        int registered = 0;
        int anonymous = 0;
        int partner = 0;
        Map<String, Integer> byPartner = new TreeMap<>();
        for (ParticipantEntity p : f.placed()) {
            switch (p.way) {
                case ParticipantEntity.REGISTERED -> registered++;
                case ParticipantEntity.ANONYMOUS -> anonymous++;
                default -> {
                    partner++;
                    byPartner.merge(p.partnerCode, 1, Integer::sum);
                }
            }
        }
        int withdrawals = SupportGroupsRepository.countIn(em, c.id, ParticipantEntity.WITHDRAWN);
        int waiting = SupportGroupsRepository.countIn(em, c.id, ParticipantEntity.WAITING);
        return new ProgrammeTally.Cohort(f.held(), registered, anonymous, partner, byPartner, f.completed(),
                f.presences(), withdrawals, waiting);
    }

    private static Map<String, String> shareNames(EntityManager em, CohortEntity c) {
        Map<String, String> names = new TreeMap<>();
        SupportGroupsRepository.shares(em, c.id).forEach(s -> names.put(s.code, s.name));
        return names;
    }
}

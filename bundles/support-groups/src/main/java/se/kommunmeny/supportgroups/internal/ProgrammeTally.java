package se.kommunmeny.supportgroups.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.kommunmeny.supportgroups.api.StatisticsView;

/**
 * The counts of one programme over its cohorts, summed cohort by cohort; only numbers go in, so nothing that
 * identifies a participant can come out.
 */
final class ProgrammeTally {
    /** One cohort's numbers. */
    record Cohort(int held, int registered, int anonymous, int partner, Map<String, Integer> byPartner, int completed,
            int presences, int withdrawals, int waiting) {
    }

    private final String programmeId;
    private final String name;
    private final List<GroupTemplate.Question> questions;
    private final Map<String, Integer> byPartner = new TreeMap<>();
    private final Map<String, String> partnerNames = new TreeMap<>();
    private final List<Map<String, Integer>> forms = new ArrayList<>();
    private int cohorts;
    private int held;
    private int registered;
    private int anonymous;
    private int partner;
    private int completed;
    private int presences;
    private int possible;
    private int withdrawals;
    private int waiting;

    ProgrammeTally(String programmeId, String name, List<GroupTemplate.Question> questions) {
        this.programmeId = programmeId;
        this.name = name;
        this.questions = questions;
    }

    void add(Cohort c, Map<String, String> shareNames, List<Map<String, Integer>> cohortForms) {
        cohorts++;
        held += c.held();
        registered += c.registered();
        anonymous += c.anonymous();
        partner += c.partner();
        c.byPartner().forEach((code, n) -> byPartner.merge(code, n, Integer::sum));
        partnerNames.putAll(shareNames);
        completed += c.completed();
        presences += c.presences();
        possible += (c.registered() + c.anonymous() + c.partner()) * c.held();
        withdrawals += c.withdrawals();
        waiting += c.waiting();
        forms.addAll(cohortForms);
    }

    StatisticsView.ProgrammeFigures figures() {
        List<StatisticsView.PartnerCount> partners = byPartner.entrySet().stream()
                .map(e -> new StatisticsView.PartnerCount(e.getKey(), partnerNames.get(e.getKey()), e.getValue()))
                .toList();
        return new StatisticsView.ProgrammeFigures(programmeId, name, cohorts, held, registered + anonymous + partner,
                registered, anonymous, partner, partners, completed, Participation.rate(presences, possible),
                withdrawals, waiting, forms.size(), Questionnaires.averages(questions, forms));
    }
}

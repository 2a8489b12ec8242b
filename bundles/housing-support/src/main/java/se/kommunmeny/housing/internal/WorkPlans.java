package se.kommunmeny.housing.internal;

import java.util.List;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.housing.api.WorkPlan;

/** Validation and normal form of a work plan (arbetsplan). */
final class WorkPlans {
    static final int MAX_INTERVAL_DAYS = 365;

    private WorkPlans() {
    }

    /** The work plan with trimmed items and, when none is given, the follow-up interval of the rules. */
    static WorkPlan normalise(ValidationException.Collector problems, String field, WorkPlan plan, int defaultInterval) {
        WorkPlan p = plan == null ? new WorkPlan(List.of(), List.of(), List.of(), null) : plan;
        List<String> goals = Texts.items(problems, field + ".supportGoals", p.supportGoals());
        List<String> adl = Texts.items(problems, field + ".adlTraining", p.adlTraining());
        List<String> conditions = Texts.items(problems, field + ".conditions", p.conditions());
        Integer interval = p.followUpIntervalDays();
        if (interval != null && (interval < 1 || interval > MAX_INTERVAL_DAYS)) {
            problems.add(field + ".followUpIntervalDays", "must be between 1 and " + MAX_INTERVAL_DAYS);
        }
        return new WorkPlan(goals, adl, conditions, interval == null ? defaultInterval : interval);
    }
}

package se.kommunmeny.employment.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.employment.api.WorkPlan;

/** Validation and storage form of work plans (arbetsplaner). */
final class WorkPlanRules {
    static final int MAX_ITEMS = 20;
    static final int MAX_TEXT = 500;
    static final int MAX_STORED = 32000;
    // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WorkPlanRules() {
    }

    /** Goals and tasks as stored in a revision. */
    record Text(List<String> goals, List<String> tasks) {
    }

    /**
     * The validated work plan's step: the given one, or the step model's first; {@code null} for a kind without a
     * step model. Field problems go to {@code problems}.
     *
     * @param light a light placement (lightplats) needs no goals
     */
    static String validate(WorkPlan plan, StepModel steps, int maxHoursPerWeek, boolean light,
            ValidationException.Collector problems) {
        if (plan == null) {
            problems.add("workPlan", "is required");
            return null;
        }
        List<String> goals = items(plan.goals(), "workPlan.goals", problems);
        if (goals.isEmpty() && !light) {
            problems.add("workPlan.goals", "at least one goal is required (only a light placement has none)");
        }
        items(plan.tasks(), "workPlan.tasks", problems);
        if (plan.hoursPerWeek() == null || plan.hoursPerWeek() < 1 || plan.hoursPerWeek() > maxHoursPerWeek) {
            problems.add("workPlan.hoursPerWeek", "must be from 1 to " + maxHoursPerWeek + " (the kind's maximum)");
        }
        return step(plan.step(), steps, problems);
    }

    private static String step(String given, StepModel steps, ValidationException.Collector problems) {
        String step = given == null || given.isBlank() ? null : given.trim().toUpperCase(Locale.ROOT);
        if (steps.isEmpty()) {
            if (step != null) {
                problems.add("workPlan.step", "this kind has no step model");
            }
            return null;
        }
        if (step == null) {
            return steps.first();
        }
        if (steps.rule(step).isEmpty()) {
            problems.add("workPlan.step", "must be one of the kind's steps " + steps.rules().stream()
                    .map(r -> r.step()).toList());
        }
        return step;
    }

    private static List<String> items(List<String> list, String field, ValidationException.Collector problems) {
        List<String> items = list == null ? List.of() : list;
        if (items.size() > MAX_ITEMS) {
            problems.add(field, "at most " + MAX_ITEMS);
            return items;
        }
        for (int i = 0; i < items.size(); i++) {
            String s = items.get(i);
            if (s == null || s.isBlank()) {
                problems.add(field + "[" + i + "]", "is empty");
            } else if (s.length() > MAX_TEXT) {
                problems.add(field + "[" + i + "]", "must be at most " + MAX_TEXT + " characters");
            }
        }
        return items;
    }

    static String store(WorkPlan plan) {
        try {
            String json = MAPPER.writeValueAsString(new Text(trim(plan.goals()), trim(plan.tasks())));
            if (json.length() > MAX_STORED) {
                throw new ValidationException("workPlan", "is too long to store");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a work plan could not be written as JSON", e);
        }
    }

    static WorkPlan read(String json, int hoursPerWeek, String step) {
        try {
            Text t = MAPPER.readValue(json, Text.class);
            return new WorkPlan(t.goals() == null ? List.of() : t.goals(), hoursPerWeek, step,
                    t.tasks() == null ? List.of() : t.tasks());
        } catch (IOException e) {
            throw new IllegalStateException("a stored work plan could not be read", e);
        }
    }

    private static List<String> trim(List<String> items) {
        return items == null ? List.of() : items.stream().map(String::trim).toList();
    }
}

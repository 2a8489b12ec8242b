package se.kommunmeny.treatmentplan.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.treatmentplan.api.PlanContent;

/** Validation, storage form and due dates of plan content. */
final class PlanContents {
    static final Set<String> SPECIAL_NEEDS = Set.of("ASSESSMENT", "TRAUMA", "GRIEF", "PARENT_TRAINING",
            "CRIMINAL_LIFESTYLE");
    static final int MAX_TEXT = 2000;
    static final int MAX_STORED = 32000;
    // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PlanContents() {
    }

    /** Field problems of a content, with paths like {@code content.activities[0].goal}. */
    static void validate(PlanContent c, ValidationException.Collector problems) {
        if (c == null) {
            problems.add("content", "is required");
            return;
        }
        text(problems, "content.startSituation", c.startSituation(), true);
        List<String> goals = c.longTermGoals() == null ? List.of() : c.longTermGoals();
        List<String> subGoals = c.subGoals() == null ? List.of() : c.subGoals();
        if (goals.isEmpty()) {
            problems.add("content.longTermGoals", "at least one long-term goal is required");
        }
        for (int i = 0; i < goals.size(); i++) {
            text(problems, "content.longTermGoals[" + i + "]", goals.get(i), true);
        }
        for (int i = 0; i < subGoals.size(); i++) {
            text(problems, "content.subGoals[" + i + "]", subGoals.get(i), true);
        }
        Set<String> known = new HashSet<>(goals);
        known.addAll(subGoals);
        List<PlanContent.Activity> activities = c.activities() == null ? List.of() : c.activities();
        for (int i = 0; i < activities.size(); i++) {
            PlanContent.Activity a = activities.get(i);
            String at = "content.activities[" + i + "]";
            if (a == null) {
                problems.add(at, "is empty");
                continue;
            }
            text(problems, at + ".what", a.what(), true);
            text(problems, at + ".who", a.who(), true);
            text(problems, at + ".when", a.when(), true);
            text(problems, at + ".how", a.how(), true);
            if (a.goal() == null || !known.contains(a.goal())) {
                problems.add(at + ".goal", "must be one of the plan's long-term goals or sub-goals");
            }
        }
        for (String need : c.specialNeeds() == null ? List.<String>of() : c.specialNeeds()) {
            // Set.of(...).contains(null) throws: a null in the list is a field problem like any unknown value.
            if (need == null || !SPECIAL_NEEDS.contains(need)) {
                problems.add("content.specialNeeds", "'" + need + "' is not one of " + SPECIAL_NEEDS);
            }
        }
        text(problems, "content.retentionPlan", c.retentionPlan(), false);
        text(problems, "content.relapsePlan", c.relapsePlan(), false);
        if (c.frameGoals() != null) {
            text(problems, "content.frameGoals.abstinence", c.frameGoals().abstinence(), false);
            text(problems, "content.frameGoals.reflection", c.frameGoals().reflection(), false);
            text(problems, "content.frameGoals.relations", c.frameGoals().relations(), false);
        }
        if (c.reentry() != null) {
            text(problems, "content.reentry.housing", c.reentry().housing(), false);
            text(problems, "content.reentry.occupation", c.reentry().occupation(), false);
            text(problems, "content.reentry.network", c.reentry().network(), false);
        }
    }

    private static void text(ValidationException.Collector problems, String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            problems.add(field, "is required");
        } else if (value != null && value.length() > MAX_TEXT) {
            problems.add(field, "must be at most " + MAX_TEXT + " characters");
        }
    }

    static String store(PlanContent content) {
        try {
            String json = MAPPER.writeValueAsString(content);
            if (json.length() > MAX_STORED) {
                throw new ValidationException("content", "is longer than a plan may be (" + MAX_STORED + " characters)");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan content cannot be written", e);
        }
    }

    static PlanContent read(String json) {
        try {
            return MAPPER.readValue(json, PlanContent.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored plan revision cannot be read", e);
        }
    }

    /** The first date {@code start + n × months} (n ≥ 1) that is not before {@code today}. */
    static LocalDate nextDue(LocalDate start, int months, LocalDate today) {
        LocalDate due = start.plusMonths(months);
        for (int n = 2; due.isBefore(today); n++) {
            due = start.plusMonths((long) months * n);
        }
        return due;
    }
}

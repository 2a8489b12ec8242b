package se.kommunmeny.core.internal.privacy;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import se.kommunmeny.core.api.privacy.RetentionRule;

/**
 * The retention configuration (PID {@code se.kommunmeny.retention}): one key per record type,
 * {@code <offering>.<record type> = <period> <anchor> | keep}, plus the job's own keys. A record type without a key
 * is kept: nothing is deleted that a rule does not name. A configuration with a bad value is not applied at all
 * (the run is refused with the list of problems), so that a typo can never widen what is deleted.
 *
 * @param rules rules by offering, then record type
 * @param exemptBirthDays days of the month whose persons' records are kept (a research sample by birth date)
 * @param scheduleEnabled whether the daily run is scheduled
 * @param scheduleTime the local time of the daily run
 * @param problems what is wrong with the configuration; empty when it may be applied
 */
record RetentionConfig(Map<String, Map<String, RetentionRule>> rules, Set<Integer> exemptBirthDays,
        boolean scheduleEnabled, LocalTime scheduleTime, List<String> problems) {
    static final String PID = "se.kommunmeny.retention";
    /** The person register's rule: a person no offering holds any record of, registered longer ago than this. */
    static final String PERSON_KEY = "core.person";
    /**
     * Anonymous contacts' codes: a code no offering holds any record under any longer, made longer ago than this. The
     * period runs from the code's creation whichever anchor is written (a code has no entries of its own).
     */
    static final String ANONYMOUS_CONTACT_KEY = "core.anonymous-contact";
    /** The audit log is kept whole: its hash chain would break (see the README). Only {@code keep} is accepted. */
    static final String AUDIT_KEY = "core.audit-log";
    private static final Pattern RULE_KEY = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*");
    /**
     * Properties the framework adds (service.pid, component.name, felix.fileinstall.filename...; DS adds each
     * reference's target filter as {@code <reference>.target}).
     */
    private static final List<String> FRAMEWORK_PREFIXES = List.of("service.", "component.", "felix.", "osgi.",
            "objectclass");
    private static final Set<String> JOB_KEYS = Set.of("schedule.enabled", "schedule.time", "exempt.birth-days");

    RetentionConfig {
        problems = List.copyOf(problems);
    }

    static RetentionConfig parse(Map<String, ?> properties) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, RetentionRule>> rules = new TreeMap<>();
        Set<Integer> birthDays = new TreeSet<>();
        boolean enabled = true;
        LocalTime time = LocalTime.of(2, 30);
        for (Map.Entry<String, ?> entry : new TreeMap<>(properties).entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue() == null ? "" : entry.getValue().toString().trim();
            switch (key) {
                case "schedule.enabled" -> {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        problems.add("schedule.enabled: '" + value + "' is not true or false");
                    }
                    enabled = Boolean.parseBoolean(value);
                }
                case "schedule.time" -> {
                    try {
                        time = LocalTime.parse(value);
                    } catch (DateTimeParseException e) {
                        problems.add("schedule.time: '" + value + "' is not a time of day such as 02:30");
                    }
                }
                case "exempt.birth-days" -> {
                    for (String day : value.split("[,\\s]+")) {
                        if (day.isEmpty()) {
                            continue;
                        }
                        try {
                            int d = Integer.parseInt(day);
                            if (d < 1 || d > 31) {
                                throw new NumberFormatException();
                            }
                            birthDays.add(d);
                        } catch (NumberFormatException e) {
                            problems.add("exempt.birth-days: '" + day + "' is not a day of the month (1-31)");
                        }
                    }
                }
                default -> {
                    if (!RULE_KEY.matcher(key).matches() || JOB_KEYS.contains(key)
                            || FRAMEWORK_PREFIXES.stream().anyMatch(key::startsWith) || key.endsWith(".target")) {
                        continue; // service.pid, felix.fileinstall.filename, component.* and the like
                    }
                    try {
                        RetentionRule rule = RetentionRule.parse(value);
                        if (key.equals(AUDIT_KEY) && rule.anchor() != RetentionRule.Anchor.KEEP) {
                            problems.add(AUDIT_KEY + ": only 'keep' is supported; the audit log is a hash chain");
                            continue;
                        }
                        int dot = key.indexOf('.');
                        rules.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>())
                                .put(key.substring(dot + 1), rule);
                    } catch (IllegalArgumentException e) {
                        problems.add(key + ": " + e.getMessage());
                    }
                }
            }
        }
        return new RetentionConfig(rules, birthDays, enabled, time, problems);
    }

    /** An offering's rules by record type. */
    Map<String, RetentionRule> rulesOf(String offering) {
        return rules.getOrDefault(offering, Collections.emptyMap());
    }

    RetentionRule personRule() {
        return rulesOf("core").getOrDefault("person", RetentionRule.KEEP);
    }

    RetentionRule anonymousContactRule() {
        return rulesOf("core").getOrDefault("anonymous-contact", RetentionRule.KEEP);
    }
}

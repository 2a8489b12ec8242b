package se.kommunmeny.treatmentplan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.kommunmeny.core.api.menu.ServiceType;
import se.kommunmeny.core.api.menu.TargetGroup;

/**
 * A programme template: a data file with phases, sessions and their rhythm, and the documents due by week. Shipped
 * in the bundle ({@code templates/<id>.json}) or added by a municipality in {@code etc/kommunmeny/programmes/}.
 * Unknown fields are ignored so that richer templates stay readable by this version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ProgrammeTemplate {
    public String id;
    public String name;
    public String type = "TREATING";
    public List<String> targetGroups = new ArrayList<>();
    public Integer weeks;
    public List<Phase> phases = new ArrayList<>();
    public List<String> methods = new ArrayList<>();
    public boolean capacitySharedWithAftercare;
    public List<Session> sessions = new ArrayList<>();
    public List<DocumentDue> documentsDue = new ArrayList<>();
    public Description description = new Description();
    /** Outreach after a missed session, level by level; the default ladder follows the Danish guideline 2.8.4. */
    public List<OutreachStep> outreach = new ArrayList<>(List.of(new OutreachStep("SMS", 24),
            new OutreachStep("PHONE", 48), new OutreachStep("HOME_VISIT", 72), new OutreachStep("CASE_OFFICER", 120)));
    /** Return days after completion (återvändardagar), or {@code null} when the programme offers none. */
    public ReturnDays returnDays;

    /** Kinds of session a programme schedules. */
    static final Set<String> SESSION_KINDS = Set.of("GROUP", "INDIVIDUAL", "CONTACT_PERSON", "DRUG_TEST",
            "PLANNING_TALK", "FOLLOW_UP", "RETURN_DAY", "SUPPORT_GROUP");
    /** Ways of reaching a client who did not come. */
    static final Set<String> OUTREACH_METHODS = Set.of("SMS", "PHONE", "LETTER", "HOME_VISIT", "STREET",
            "CASE_OFFICER");
    /** Documents a programme produces for the commissioner. */
    static final Set<String> DOCUMENTS = Set.of("ARRIVAL_REPORT", "IMPLEMENTATION_PLAN", "MONTHLY_REPORT",
            "CLOSING_REPORT");

    /** A kind of session and its rhythm. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Session {
        public String kind;
        public Integer perWeek;
        public Integer total;
    }

    /** A document due: in a given week, every n weeks, or at the end. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class DocumentDue {
        public String document;
        public Integer week;
        public Integer everyWeeks;
        public boolean atEnd;
    }

    /** A phase or block of weeks; an aftercare phase follows primary treatment and may have its own sessions. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Phase {
        public String name;
        public Integer weeks;
        public List<String> themes = new ArrayList<>();
        public boolean aftercare;
        /** The phase's own sessions; when empty the programme's sessions apply. */
        public List<Session> sessions = new ArrayList<>();
    }

    /** One level of the outreach ladder: how, and within how many hours of the missed session or the last level. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class OutreachStep {
        public String method;
        public Integer withinHours;

        public OutreachStep() {
        }

        OutreachStep(String method, int withinHours) {
            this.method = method;
            this.withinHours = withinHours;
        }
    }

    /** Return days: once a month for {@code months} months, travel reimbursed up to {@code travelCostCap} kronor. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class ReturnDays {
        public Integer months;
        public Integer travelCostCap;
    }

    /** The survey's description template, as far as the template can fill it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Description {
        public String need = "";
        public String offer = "";
        public String content = "";
        public String targetGroup = "";
        public String scope = "";
    }

    /** What is wrong with the template, or an empty list; a template with problems is not used. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            problems.add("id must be lower-case letters, digits and -");
        }
        if (name == null || name.isBlank()) {
            problems.add("name is required");
        }
        if (!isEnum(ServiceType.class, type)) {
            problems.add("type '" + type + "' is not a menu row");
        }
        if (targetGroups.isEmpty()) {
            problems.add("targetGroups needs at least one target group");
        }
        for (String group : targetGroups) {
            if (!isEnum(TargetGroup.class, group)) {
                problems.add("targetGroups: '" + group + "' is not a target group");
            }
        }
        int phaseWeeks = 0;
        for (Phase phase : phases) {
            if (phase.name == null || phase.name.isBlank()) {
                problems.add("every phase needs a name");
            }
            if (phase.weeks != null && phase.weeks <= 0) {
                problems.add("phase '" + phase.name + "' must last at least a week");
            }
            phaseWeeks += phase.weeks == null ? 0 : phase.weeks;
        }
        if (weeks != null && weeks != phaseWeeks) {
            problems.add("weeks is " + weeks + " but the phases add up to " + phaseWeeks);
        }
        List<Session> allSessions = new ArrayList<>(sessions);
        phases.forEach(p -> allSessions.addAll(p.sessions));
        boolean seenAftercare = false;
        for (Phase phase : phases) {
            if (seenAftercare && !phase.aftercare) {
                problems.add("phase '" + phase.name + "' of primary treatment comes after aftercare");
            }
            seenAftercare |= phase.aftercare;
        }
        if (outreach.isEmpty()) {
            problems.add("outreach needs at least one level");
        }
        for (OutreachStep step : outreach) {
            if (step.method == null || !OUTREACH_METHODS.contains(step.method)) {
                problems.add("outreach method '" + step.method + "' is not one of " + new TreeSet<>(OUTREACH_METHODS));
            }
            if (step.withinHours == null || step.withinHours < 1 || step.withinHours > 24 * 30) {
                problems.add("outreach " + step.method + " needs withinHours between 1 and 720");
            }
        }
        if (returnDays != null && (returnDays.months == null || returnDays.months < 1 || returnDays.months > 36
                || returnDays.travelCostCap == null || returnDays.travelCostCap < 0)) {
            problems.add("returnDays needs months 1-36 and a travelCostCap of at least 0");
        }
        for (Session session : allSessions) {
            if (session.kind == null || !SESSION_KINDS.contains(session.kind)) {
                problems.add("session kind '" + session.kind + "' is not one of " + new TreeSet<>(SESSION_KINDS));
            }
            if (session.perWeek != null && session.perWeek < 0 || session.total != null && session.total < 0) {
                problems.add("session " + session.kind + " has a negative count");
            }
            if (session.perWeek != null && session.perWeek > 5) {
                problems.add("session " + session.kind + " is held on weekdays: at most 5 per week");
            }
        }
        for (DocumentDue due : documentsDue) {
            if (due.document == null || !DOCUMENTS.contains(due.document)) {
                problems.add("document '" + due.document + "' is not one of " + new TreeSet<>(DOCUMENTS));
            }
            int ways = (due.week != null ? 1 : 0) + (due.everyWeeks != null ? 1 : 0) + (due.atEnd ? 1 : 0);
            if (ways != 1) {
                problems.add("document " + due.document + " needs exactly one of week, everyWeeks, atEnd");
            }
            if (due.week != null && (due.week < 1 || weeks != null && due.week > weeks)) {
                problems.add("document " + due.document + " is due in week " + due.week + ", outside the programme");
            }
            if (due.everyWeeks != null && due.everyWeeks < 1) {
                problems.add("document " + due.document + " needs everyWeeks of at least 1");
            }
        }
        return problems;
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    List<String> sessionSummaries() {
        return sessions.stream().map(x -> x.kind + (x.perWeek == null ? "" : " " + x.perWeek + "/week")
                + (x.total == null ? "" : ", " + x.total + " in all")).toList();
    }

    List<String> documentSummaries() {
        return documentsDue.stream().map(d -> d.document + (d.week != null ? " week " + d.week
                : d.everyWeeks != null ? " every " + d.everyWeeks + " weeks" : " at the end")).toList();
    }

    List<String> phaseSummaries() {
        return phases.stream().map(p -> p.name + (p.weeks == null ? "" : " (" + p.weeks + " v)")).toList();
    }
}

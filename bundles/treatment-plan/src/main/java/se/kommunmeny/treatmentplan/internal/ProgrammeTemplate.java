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

    /** Kinds of session a programme schedules. */
    static final Set<String> SESSION_KINDS = Set.of("GROUP", "INDIVIDUAL", "CONTACT_PERSON", "DRUG_TEST",
            "PLANNING_TALK", "FOLLOW_UP", "RETURN_DAY");
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

    /** A phase or block of weeks. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Phase {
        public String name;
        public Integer weeks;
        public List<String> themes = new ArrayList<>();
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
        for (Session session : sessions) {
            if (session.kind == null || !SESSION_KINDS.contains(session.kind)) {
                problems.add("session kind '" + session.kind + "' is not one of " + new TreeSet<>(SESSION_KINDS));
            }
            if (session.perWeek != null && session.perWeek < 0 || session.total != null && session.total < 0) {
                problems.add("session " + session.kind + " has a negative count");
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

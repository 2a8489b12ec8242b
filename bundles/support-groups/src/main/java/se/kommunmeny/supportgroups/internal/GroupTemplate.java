package se.kommunmeny.supportgroups.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.kommunmeny.core.api.menu.TargetGroup;

/**
 * A group programme as data (Dropp, Linus, BIG, CAPT, TAPP, a 7-week programme for adult relatives…): shipped in the
 * bundle ({@code programmes/<id>.json}) or added by a municipality in {@code etc/kommunmeny/groups/<id>.json}.
 * Unknown fields are ignored so that richer templates stay readable by this version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class GroupTemplate {
    static final Set<String> AUDIENCES = Set.of("ADULT_RELATIVES", "CHILDREN", "TEENAGERS", "COUPLES");
    static final int MAX_MEETINGS = 60;

    public String id;
    public String name;
    public String audience;
    public AgeBand ageBand;
    public Integer meetings;
    public Integer minutesPerMeeting;
    public List<String> themes = new ArrayList<>();
    public Integer maxParticipants;
    public boolean anonymous;
    public int parallelParentMeetings;
    public String method = "";
    public List<Question> questions = new ArrayList<>();
    public String need = "";
    public String offer = "";
    public String content = "";
    public String targetGroup = "";
    public String scope = "";

    /** Ages in whole years on a cohort's first meeting, both ends included. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class AgeBand {
        public Integer min;
        public Integer max;
    }

    /** A question of the end-of-group questionnaire, answered 1–5. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Question {
        public String id;
        public String text;
    }

    /** Children and teenagers: the age must be known for anyone who takes part. */
    boolean forMinors() {
        return "CHILDREN".equals(audience) || "TEENAGERS".equals(audience);
    }

    /** The menu column the audience belongs to. */
    TargetGroup defaultTargetGroup() {
        return forMinors() ? TargetGroup.RELATIVES_CHILDREN : TargetGroup.RELATIVES_ADULTS;
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
        if (audience == null || !AUDIENCES.contains(audience)) {
            problems.add("audience must be one of " + new java.util.TreeSet<>(AUDIENCES));
        }
        ageBandProblems(problems);
        meetingProblems(problems);
        if (maxParticipants == null || maxParticipants < 1 || maxParticipants > 100) {
            problems.add("maxParticipants must be 1-100");
        }
        if (parallelParentMeetings < 0 || meetings != null && parallelParentMeetings > meetings) {
            problems.add("parallelParentMeetings must be 0 up to the number of meetings");
        }
        questionProblems(problems);
        return problems;
    }

    private void ageBandProblems(List<String> problems) {
        if (ageBand == null || ageBand.min == null || ageBand.max == null) {
            problems.add("ageBand needs min and max");
        } else if (ageBand.min < 0 || ageBand.max > 120 || ageBand.min > ageBand.max) {
            problems.add("ageBand must satisfy 0 <= min <= max <= 120");
        } else if (!forMinors() && audience != null && ageBand.min < 18) {
            problems.add("an adults' programme has an ageBand from 18");
        }
    }

    private void meetingProblems(List<String> problems) {
        if (meetings == null || meetings < 1 || meetings > MAX_MEETINGS) {
            problems.add("meetings must be 1-" + MAX_MEETINGS);
        } else if (themes.size() != meetings) {
            problems.add("themes needs one theme per meeting (" + meetings + "), has " + themes.size());
        }
        if (minutesPerMeeting == null || minutesPerMeeting < 15 || minutesPerMeeting > 480) {
            problems.add("minutesPerMeeting must be 15-480");
        }
    }

    private void questionProblems(List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (Question q : questions) {
            if (q == null || q.id == null || !q.id.matches("[A-Za-z0-9_-]{1,40}") || q.text == null || q.text.isBlank()) {
                problems.add("every question needs an id (letters, digits, _ and -) and a text");
            } else if (!ids.add(q.id)) {
                problems.add("question id " + q.id + " is used twice");
            }
        }
    }
}

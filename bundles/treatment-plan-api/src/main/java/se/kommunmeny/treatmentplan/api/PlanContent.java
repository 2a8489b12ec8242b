package se.kommunmeny.treatmentplan.api;

import java.util.List;

/**
 * What an implementation plan (genomförandeplan, SOSFS 2014:5) says: the start situation, the goals from the decision
 * broken into sub-goals, the activities with who does what, when and how and the goal each serves, the frame goals,
 * special needs, the retention and relapse plans, and the re-entry plan from day one.
 *
 * @param specialNeeds ASSESSMENT, TRAUMA, GRIEF, PARENT_TRAINING, CRIMINAL_LIFESTYLE
 */
public record PlanContent(String startSituation, List<String> longTermGoals, List<String> subGoals,
        List<Activity> activities, FrameGoals frameGoals, List<String> specialNeeds, String retentionPlan,
        String relapsePlan, ReentryPlan reentry) {

    /** One activity of the plan: what, who, when, how, and the goal it serves (a long-term goal or a sub-goal). */
    public record Activity(String what, String who, String when, String how, String goal) {
    }

    /** The three frame goals (rammemål): abstinence, reflection, relations. */
    public record FrameGoals(String abstinence, String reflection, String relations) {
    }

    /** Inslussning: housing, occupation and network, planned from day one. */
    public record ReentryPlan(String housing, String occupation, String network) {
    }
}

package se.kommunmeny.treatmentplan.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.treatmentplan.api.PlanContent;

/** The content of an implementation plan on the wire (SOAP); the same fields as the REST document. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PlanContent", namespace = TreatmentPlanWebService.NAMESPACE)
public class PlanContentXml {
    public String startSituation;
    @XmlElement(name = "longTermGoal")
    public List<String> longTermGoals = new ArrayList<>();
    @XmlElement(name = "subGoal")
    public List<String> subGoals = new ArrayList<>();
    @XmlElement(name = "activity")
    public List<ActivityXml> activities = new ArrayList<>();
    public FrameGoalsXml frameGoals;
    @XmlElement(name = "specialNeed")
    public List<String> specialNeeds = new ArrayList<>();
    public String retentionPlan;
    public String relapsePlan;
    public ReentryXml reentry;

    /** One activity. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Activity", namespace = TreatmentPlanWebService.NAMESPACE)
    public static class ActivityXml {
        public String what;
        public String who;
        public String when;
        public String how;
        public String goal;
    }

    /** The frame goals. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "FrameGoals", namespace = TreatmentPlanWebService.NAMESPACE)
    public static class FrameGoalsXml {
        public String abstinence;
        public String reflection;
        public String relations;
    }

    /** The re-entry plan. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Reentry", namespace = TreatmentPlanWebService.NAMESPACE)
    public static class ReentryXml {
        public String housing;
        public String occupation;
        public String network;
    }

    PlanContent toContent() {
        // stream().toList(), not List.copyOf: an element JAXB left null must reach validation ("is required"),
        // not end the request with a NullPointerException.
        return new PlanContent(startSituation, longTermGoals.stream().toList(), subGoals.stream().toList(),
                activities.stream().map(a -> a == null ? null
                        : new PlanContent.Activity(a.what, a.who, a.when, a.how, a.goal)).toList(),
                frameGoals == null ? null : new PlanContent.FrameGoals(frameGoals.abstinence, frameGoals.reflection,
                        frameGoals.relations),
                specialNeeds.stream().toList(), retentionPlan, relapsePlan,
                reentry == null ? null : new PlanContent.ReentryPlan(reentry.housing, reentry.occupation, reentry.network));
    }

    static PlanContentXml of(PlanContent c) {
        if (c == null) {
            return null;
        }
        PlanContentXml x = new PlanContentXml();
        x.startSituation = c.startSituation();
        x.longTermGoals.addAll(c.longTermGoals() == null ? List.of() : c.longTermGoals());
        x.subGoals.addAll(c.subGoals() == null ? List.of() : c.subGoals());
        for (PlanContent.Activity a : c.activities() == null ? List.<PlanContent.Activity>of() : c.activities()) {
            ActivityXml ax = new ActivityXml();
            ax.what = a.what();
            ax.who = a.who();
            ax.when = a.when();
            ax.how = a.how();
            ax.goal = a.goal();
            x.activities.add(ax);
        }
        if (c.frameGoals() != null) {
            x.frameGoals = new FrameGoalsXml();
            x.frameGoals.abstinence = c.frameGoals().abstinence();
            x.frameGoals.reflection = c.frameGoals().reflection();
            x.frameGoals.relations = c.frameGoals().relations();
        }
        x.specialNeeds.addAll(c.specialNeeds() == null ? List.of() : c.specialNeeds());
        x.retentionPlan = c.retentionPlan();
        x.relapsePlan = c.relapsePlan();
        if (c.reentry() != null) {
            x.reentry = new ReentryXml();
            x.reentry.housing = c.reentry().housing();
            x.reentry.occupation = c.reentry().occupation();
            x.reentry.network = c.reentry().network();
        }
        return x;
    }
}

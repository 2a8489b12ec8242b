package se.kommunmeny.treatmentplan.api;

import java.util.List;

import se.kommunmeny.core.api.security.Caller;

/** Programmes and implementation plans. Every read and write of a plan is audited. */
@org.osgi.annotation.versioning.ProviderType
public interface TreatmentPlanService {
    /** Event topic posted when a plan is created; properties {@code plan.id}, {@code programme.id}. */
    String TOPIC_PLAN_CREATED = "se/kommunmeny/treatment-plan/PLAN_CREATED";

    /** The programmes configured on this instance. */
    List<ProgrammeView> programmes(Caller caller);

    /** One configured programme with what its template prescribes. */
    ProgrammeDetail programme(Caller caller, String programmeId);

    /** Creates a plan (practitioner). */
    PlanView createPlan(Caller caller, NewPlan plan);

    /** Reads a plan (practitioner or case officer). */
    PlanView getPlan(Caller caller, String planId);
}

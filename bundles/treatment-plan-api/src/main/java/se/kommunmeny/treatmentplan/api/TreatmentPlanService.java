package se.kommunmeny.treatmentplan.api;

import java.util.List;

import se.kommunmeny.core.api.security.Caller;

/** Programmes and implementation plans. Every read and write of a plan is audited. */
@org.osgi.annotation.versioning.ProviderType
public interface TreatmentPlanService {
    /** Event topic posted when a plan is created; properties {@code plan.id}, {@code programme.id}. */
    String TOPIC_PLAN_CREATED = "se/kommunmeny/treatment-plan/PLAN_CREATED";
    /**
     * An approved plan was sent to the commissioning municipality; properties {@code plan.id}, {@code person.ref},
     * {@code commissioner.code}. The document itself is read with {@link CourseService#sentDocuments}.
     */
    String TOPIC_PLAN_SENT = "se/kommunmeny/treatment-plan/PLAN_SENT";
    /** A client was admitted to a programme; properties {@code enrolment.id}, {@code programme.id}, {@code person.ref}. */
    String TOPIC_ENROLLED = "se/kommunmeny/treatment-plan/ENROLLED";
    /** An enrolment ended; properties {@code enrolment.id}, {@code programme.id}, {@code person.ref}, {@code reason}. */
    String TOPIC_ENDED = "se/kommunmeny/treatment-plan/ENDED";

    /** The programmes configured on this instance. */
    List<ProgrammeView> programmes(Caller caller);

    /** One configured programme with what its template prescribes. */
    ProgrammeDetail programme(Caller caller, String programmeId);

    /** Enrols a client, or puts them on the waiting list when the programme is full (case officer, practitioner). */
    EnrolmentView enrol(Caller caller, EnrolmentRequest request);

    /** Reads an enrolment. */
    EnrolmentView getEnrolment(Caller caller, String enrolmentId);

    /** Extends the granted period to a later last day (case officer: a new decision). */
    EnrolmentView extend(Caller caller, String enrolmentId, String grantedTo);

    /** Admits a waiting client when a place is free (unit manager, practitioner). */
    EnrolmentView admit(Caller caller, String enrolmentId);

    /** Moves an active client from primary treatment to aftercare. */
    EnrolmentView moveToAftercare(Caller caller, String enrolmentId);

    /** Ends an enrolment today: COMPLETED, DISCHARGED or DROPPED_OUT; frees its place. */
    EnrolmentView end(Caller caller, String enrolmentId, String reason);

    /**
     * Ends an enrolment on a day (yyyy-mm-dd, today when empty; not in the future, not before the granted period):
     * COMPLETED, DISCHARGED or DROPPED_OUT. Its sessions planned after that day are cancelled; its place is freed.
     */
    EnrolmentView end(Caller caller, String enrolmentId, String reason, String endedOn);

    /** The programme's waiting list, first in line first. */
    List<EnrolmentView> waitingList(Caller caller, String programmeId);

    /** Creates a plan (practitioner). */
    PlanView createPlan(Caller caller, NewPlan plan);

    /** Revises a plan's content (practitioner); the plan must be open and the version the one edited. */
    PlanView revise(Caller caller, String planId, PlanChange change);

    /** Every revision of a plan, oldest first. */
    List<PlanRevision> revisions(Caller caller, String planId);

    /** Records that the client approved the plan's current revision on a day (practitioner). */
    PlanView recordApproval(Caller caller, String planId, String approvedOn);

    /**
     * Records that the approved revision was sent to the commissioning municipality of the plan's enrolment
     * (practitioner). Only an approved revision is sent.
     */
    PlanView recordSent(Caller caller, String planId);

    /** Closes a plan (practitioner); a closed plan is kept but no longer revised. */
    PlanView close(Caller caller, String planId);

    /** Reads a plan (practitioner or case officer). */
    PlanView getPlan(Caller caller, String planId);
}

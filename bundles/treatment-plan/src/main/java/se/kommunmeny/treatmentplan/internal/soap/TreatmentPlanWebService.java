package se.kommunmeny.treatmentplan.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.CurrentCaller;
import se.kommunmeny.core.api.web.SoapEndpoint;
import se.kommunmeny.treatmentplan.api.EnrolmentRequest;
import se.kommunmeny.treatmentplan.api.NewPlan;
import se.kommunmeny.treatmentplan.api.PlanChange;
import se.kommunmeny.treatmentplan.api.TreatmentPlanService;

/** The treatment-plan offering over SOAP, at {@code /kommunmeny/soap/TreatmentPlan}. */
@Component(service = SoapEndpoint.class, property = SoapEndpoint.NAME + "=TreatmentPlan")
@WebService(serviceName = "TreatmentPlan", portName = "TreatmentPlanPort", name = "TreatmentPlanPortType",
        targetNamespace = TreatmentPlanWebService.NAMESPACE)
public class TreatmentPlanWebService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:se:kommunmeny:treatment-plan:1";

    private final TreatmentPlanService service;

    @Activate
    public TreatmentPlanWebService(@Reference TreatmentPlanService service) {
        this.service = service;
    }

    @WebMethod
    @WebResult(name = "plan")
    public PlanXml createPlan(@WebParam(name = "plan") NewPlanXml plan) {
        if (plan == null) {
            throw new ValidationException("plan", "is required");
        }
        return PlanXml.of(service.createPlan(CurrentCaller.require(),
                new NewPlan(plan.personRef, plan.programmeId, plan.goals, plan.startDate, plan.enrolmentId)));
    }

    @WebMethod
    @WebResult(name = "programme")
    public List<ProgrammeXml> listProgrammes() {
        var caller = CurrentCaller.require();
        return service.programmes(caller).stream().map(p -> ProgrammeXml.of(service.programme(caller, p.id()))).toList();
    }

    @WebMethod
    @WebResult(name = "programme")
    public ProgrammeXml getProgramme(@WebParam(name = "id") String id) {
        return ProgrammeXml.of(service.programme(CurrentCaller.require(), id));
    }

    @WebMethod
    @WebResult(name = "enrolment")
    public EnrolmentXml enrol(@WebParam(name = "request") EnrolmentRequestXml r) {
        if (r == null) {
            throw new ValidationException("request", "is required");
        }
        return EnrolmentXml.of(service.enrol(CurrentCaller.require(), new EnrolmentRequest(r.personRef, r.programmeId,
                r.legalBasis, r.commissionerCode, r.commissionerName, r.grantedFrom, r.grantedTo, r.phase)));
    }

    @WebMethod
    @WebResult(name = "enrolment")
    public EnrolmentXml getEnrolment(@WebParam(name = "id") String id) {
        return EnrolmentXml.of(service.getEnrolment(CurrentCaller.require(), id));
    }

    @WebMethod
    @WebResult(name = "enrolment")
    public EnrolmentXml extendEnrolment(@WebParam(name = "id") String id, @WebParam(name = "grantedTo") String grantedTo) {
        return EnrolmentXml.of(service.extend(CurrentCaller.require(), id, grantedTo));
    }

    @WebMethod
    @WebResult(name = "enrolment")
    public EnrolmentXml admit(@WebParam(name = "id") String id) {
        return EnrolmentXml.of(service.admit(CurrentCaller.require(), id));
    }

    @WebMethod
    @WebResult(name = "enrolment")
    public EnrolmentXml moveToAftercare(@WebParam(name = "id") String id) {
        return EnrolmentXml.of(service.moveToAftercare(CurrentCaller.require(), id));
    }

    @WebMethod
    @WebResult(name = "enrolment")
    public EnrolmentXml endEnrolment(@WebParam(name = "id") String id, @WebParam(name = "reason") String reason,
            @WebParam(name = "endedOn") String endedOn) {
        return EnrolmentXml.of(service.end(CurrentCaller.require(), id, reason, endedOn));
    }

    @WebMethod
    @WebResult(name = "enrolment")
    public List<EnrolmentXml> waitingList(@WebParam(name = "programmeId") String programmeId) {
        return service.waitingList(CurrentCaller.require(), programmeId).stream().map(EnrolmentXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "plan")
    public PlanXml revisePlan(@WebParam(name = "id") String id, @WebParam(name = "version") Long version,
            @WebParam(name = "summary") String summary, @WebParam(name = "content") PlanContentXml content) {
        return PlanXml.of(service.revise(CurrentCaller.require(), id,
                new PlanChange(version, summary, content == null ? null : content.toContent())));
    }

    @WebMethod
    @WebResult(name = "revision")
    public List<PlanRevisionXml> planRevisions(@WebParam(name = "id") String id) {
        return service.revisions(CurrentCaller.require(), id).stream().map(PlanRevisionXml::of).toList();
    }

    @WebMethod
    @WebResult(name = "plan")
    public PlanXml recordApproval(@WebParam(name = "id") String id, @WebParam(name = "approvedOn") String approvedOn) {
        return PlanXml.of(service.recordApproval(CurrentCaller.require(), id, approvedOn));
    }

    @WebMethod
    @WebResult(name = "plan")
    public PlanXml recordSent(@WebParam(name = "id") String id) {
        return PlanXml.of(service.recordSent(CurrentCaller.require(), id));
    }

    @WebMethod
    @WebResult(name = "plan")
    public PlanXml closePlan(@WebParam(name = "id") String id) {
        return PlanXml.of(service.close(CurrentCaller.require(), id));
    }

    @WebMethod
    @WebResult(name = "plan")
    public PlanXml getPlan(@WebParam(name = "id") String id) {
        return PlanXml.of(service.getPlan(CurrentCaller.require(), id));
    }
}

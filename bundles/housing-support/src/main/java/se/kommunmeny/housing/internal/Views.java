package se.kommunmeny.housing.internal;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import se.kommunmeny.housing.api.BreachView;
import se.kommunmeny.housing.api.CaseEventView;
import se.kommunmeny.housing.api.ContractTerms;
import se.kommunmeny.housing.api.FollowUpView;
import se.kommunmeny.housing.api.KeyEventView;
import se.kommunmeny.housing.api.PlacementView;
import se.kommunmeny.housing.api.StayDecision;
import se.kommunmeny.housing.api.TreatmentPlanLink;
import se.kommunmeny.housing.api.UnitView;
import se.kommunmeny.housing.api.VisitView;

/** Entities to the API's views. */
final class Views {
    private Views() {
    }

    static PlacementView placement(EntityManager em, PlacementEntity p, Kinds kinds) {
        UnitEntity unit = p.unitId == null ? null : em.find(UnitEntity.class, p.unitId);
        Rules rules = kinds.rules(p.kindId, unit);
        boolean active = p.isActive();
        StayDecision decision = p.stayDecidedBy == null ? null
                : new StayDecision(p.stayDecidedBy, String.valueOf(p.stayDecidedOn), p.stayReason);
        TreatmentPlanLink link = p.planId == null ? null
                : new TreatmentPlanLink(p.planId, p.planEnrolmentId, p.planGoal, Dates.instant(p.planLinkedAt));
        return new PlacementView(p.id, p.personRef, p.kindId, p.unitId, p.status, p.startDate, p.plannedEndDate,
                p.endedOn, p.endReason, p.endNote, p.moveOutBy, new ContractTerms(p.contractType, p.rentPerMonth),
                Json.workPlan(p.workPlan), p.workPlanRevision, decision, waitingPosition(em, p),
                Dates.instant(p.requestedAt), PlacementAccess.staff(em, p.id),
                active ? StayRules.nextFollowUp(p.startDate, p.lastFollowUpOn, p.followUpIntervalDays) : null,
                active ? StayRules.earliestTransfer(p.startDate, rules.contractTransferAfterMonths()) : null,
                link, Keys.outstanding(keyEvents(em, p.id)), p.version);
    }

    /** The view with the plan's live re-entry goal in place of the snapshot. */
    static PlacementView withPlanGoal(PlacementView v, String goal) {
        TreatmentPlanLink l = v.treatmentPlan();
        return new PlacementView(v.id(), v.personRef(), v.kindId(), v.unitId(), v.status(), v.startDate(),
                v.plannedEndDate(), v.endedOn(), v.endReason(), v.endNote(), v.moveOutBy(), v.contract(), v.workPlan(),
                v.workPlanRevision(), v.stayDecision(), v.waitingPosition(), v.requestedAt(), v.staff(),
                v.nextFollowUpDue(), v.contractTransferFrom(),
                new TreatmentPlanLink(l.planId(), l.enrolmentId(), goal, l.linkedAt()), v.keysNotReturned(), v.version());
    }

    static Integer waitingPosition(EntityManager em, PlacementEntity p) {
        if (!p.isWaiting()) {
            return null;
        }
        String target = p.unitId == null ? "w.kindId = :t AND w.unitId IS NULL" : "w.unitId = :t";
        return em.createQuery("SELECT COUNT(w) FROM PlacementEntity w WHERE " + target + " AND w.status = :s "
                + "AND (w.requestedAt < :at OR (w.requestedAt = :at AND w.id < :id))", Long.class)
                .setParameter("t", p.unitId == null ? p.kindId : p.unitId).setParameter("s", PlacementEntity.WAITING)
                .setParameter("at", p.requestedAt).setParameter("id", p.id).getSingleResult().intValue() + 1;
    }

    static List<Keys.Event> keyEvents(EntityManager em, String placementId) {
        return em.createQuery("SELECT k FROM KeyEventEntity k WHERE k.placementId = :p ORDER BY k.recordedAt, k.id",
                KeyEventEntity.class).setParameter("p", placementId).getResultList().stream()
                .map(k -> new Keys.Event(k.event, k.keyLabel)).toList();
    }

    static UnitView unit(EntityManager em, UnitEntity u, Kinds kinds) {
        Rules r = kinds.rules(u.kindId, u);
        int occupied = HousingRepository.occupiedInUnit(em, u.id);
        boolean own = u.maxStayMonths != null || u.contractTransferAfterMonths != null
                || u.evictionNoticeHours != null || u.staffing != null;
        return new UnitView(u.id, u.kindId, u.name, u.address, u.landlord, u.places, occupied,
                u.isActive() ? Math.max(0, u.places - occupied) : 0, r.maxStayMonths(),
                r.contractTransferAfterMonths(), r.evictionNoticeHours(), r.staffing(), own, u.isActive(), u.version);
    }

    static VisitView visit(VisitEntity v) {
        return new VisitView(v.id, v.placementId, v.visitedOn, Json.strings(v.visitors), Json.strings(v.activities),
                v.support, v.control, v.note, v.recordedBy, Dates.instant(v.recordedAt));
    }

    static KeyEventView key(KeyEventEntity k) {
        return new KeyEventView(k.id, k.placementId, k.event, k.keyLabel, k.occurredOn, k.note, k.recordedBy,
                Dates.instant(k.recordedAt));
    }

    static BreachView breach(BreachEntity b) {
        return new BreachView(b.id, b.placementId, b.occurredOn, b.description, b.condition, b.consequence, b.reason,
                b.decisionMaker, b.moveOutBy, b.recordedBy, Dates.instant(b.recordedAt));
    }

    static FollowUpView followUp(FollowUpEntity f) {
        return new FollowUpView(f.id, f.placementId, f.heldOn, Json.strings(f.participants),
                Json.progress(f.goalProgress), f.note, f.nextDue, f.recordedBy, Dates.instant(f.recordedAt));
    }

    static CaseEventView caseEvent(CaseEventEntity e) {
        return new CaseEventView(e.id, e.placementId, e.source, e.topic, e.detail, e.enrolmentId,
                Dates.instant(e.occurredAt));
    }

    /** The rows of one placement of an entity type, in the order given. */
    static <T> List<T> rowsOf(EntityManager em, Class<T> type, String placementId, String orderBy) {
        TypedQuery<T> q = em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.placementId = :p ORDER BY "
                + orderBy, type);
        return q.setParameter("p", placementId).getResultList();
    }
}

package se.kommunmeny.employment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.treatmentplan.api.CourseService;

/**
 * Shows on a person's active placements what the treatment-plan offering reports: a completed or discharged
 * enrolment (a drop-out arrives as a discharge), a lapse or relapse. One row per placement and event; the event is matched by the person reference, or
 * by the enrolment a placement's linked plan belongs to.
 */
@Component(property = {
        EventConstants.EVENT_TOPIC + "=" + CourseService.TOPIC_COMPLETED,
        EventConstants.EVENT_TOPIC + "=" + CourseService.TOPIC_DISCHARGED,
        EventConstants.EVENT_TOPIC + "=" + CourseService.TOPIC_RELAPSE})
public class TreatmentPlanEvents implements EventHandler {
    static final String SOURCE = "treatment-plan";
    private static final Logger LOG = LoggerFactory.getLogger(TreatmentPlanEvents.class);

    private final EmploymentRepository repository;

    @Activate
    public TreatmentPlanEvents(@Reference EmploymentRepository repository) {
        this.repository = repository;
    }

    @Override
    public void handleEvent(Event event) {
        try {
            int rows = repository.inNewTransaction(em -> record(em, event));
            LOG.debug("Treatment-plan event {} recorded on {} placements", event.getTopic(), rows);
        } catch (RuntimeException e) {
            LOG.warn("Treatment-plan event {} could not be recorded on placements: {}", event.getTopic(), e.toString());
        }
    }

    static int record(EntityManager em, Event event) {
        String personRef = text(event.getProperty("person.ref"));
        String enrolmentId = text(event.getProperty("enrolment.id"));
        String topic = event.getTopic().substring(event.getTopic().lastIndexOf('/') + 1);
        String detail = text(event.getProperty("reason") != null ? event.getProperty("reason")
                : event.getProperty("kind"));
        long now = System.currentTimeMillis();
        Map<String, PlacementEntity> placements = new LinkedHashMap<>();
        active(em, "personRef", personRef).forEach(p -> placements.put(p.id, p));
        active(em, "tpEnrolmentId", enrolmentId).forEach(p -> placements.put(p.id, p));
        for (PlacementEntity p : placements.values()) {
            em.persist(new CaseEventEntity(UUID.randomUUID().toString(), p.id, SOURCE, topic, detail, enrolmentId, now));
        }
        return placements.size();
    }

    /** Active placements whose {@code field} equals {@code value}; none for a missing value. */
    private static List<PlacementEntity> active(EntityManager em, String field, String value) {
        if (value == null) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM PlacementEntity p WHERE p." + field + " = :v AND p.status = :a",
                PlacementEntity.class).setParameter("v", value).setParameter("a", PlacementEntity.ACTIVE)
                .getResultList();
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}

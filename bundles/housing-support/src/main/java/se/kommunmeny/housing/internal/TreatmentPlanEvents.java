package se.kommunmeny.housing.internal;

import java.util.List;
import java.util.UUID;

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
 * Shows on the housing case what the treatment plan reports about the person: a completed or discharged enrolment
 * (a drop-out arrives as a discharge), a lapse or relapse. One row per active placement of the person or linked to the enrolment.
 */
@Component(service = EventHandler.class, property = {
        EventConstants.EVENT_TOPIC + "=" + CourseService.TOPIC_COMPLETED,
        EventConstants.EVENT_TOPIC + "=" + CourseService.TOPIC_DISCHARGED,
        EventConstants.EVENT_TOPIC + "=" + CourseService.TOPIC_RELAPSE})
public class TreatmentPlanEvents implements EventHandler {
    static final String SOURCE = "treatment-plan";
    private static final Logger LOG = LoggerFactory.getLogger(TreatmentPlanEvents.class);

    private final HousingRepository repository;

    @Activate
    public TreatmentPlanEvents(@Reference HousingRepository repository) {
        this.repository = repository;
    }

    @Override
    public void handleEvent(Event event) {
        try {
            int rows = record(event);
            LOG.debug("Treatment-plan event {} noted on {} housing placements", event.getTopic(), rows);
        } catch (RuntimeException e) {
            LOG.warn("A treatment-plan event ({}) could not be noted on housing placements: {}", event.getTopic(),
                    e.getClass().getName());
        }
    }

    private int record(Event event) {
        String topic = event.getTopic().substring(event.getTopic().lastIndexOf('/') + 1);
        String enrolmentId = text(event.getProperty("enrolment.id"));
        String personRef = text(event.getProperty("person.ref"));
        String detail = text(event.getProperty(CourseService.TOPIC_RELAPSE.equals(event.getTopic()) ? "kind" : "reason"));
        if (enrolmentId == null && personRef == null) {
            return 0;
        }
        long at = System.currentTimeMillis();
        return repository.inNewTransaction(em -> {
            var query = em.createQuery("SELECT p.id FROM PlacementEntity p WHERE p.status = :s AND ("
                    + (personRef == null ? "" : "p.personRef = :r")
                    + (personRef != null && enrolmentId != null ? " OR " : "")
                    + (enrolmentId == null ? "" : "p.planEnrolmentId = :e") + ") ORDER BY p.id", String.class)
                    .setParameter("s", PlacementEntity.ACTIVE);
            if (personRef != null) {
                query.setParameter("r", personRef);
            }
            if (enrolmentId != null) {
                query.setParameter("e", enrolmentId);
            }
            List<String> placements = query.getResultList();
            for (String placementId : placements) {
                em.persist(new CaseEventEntity(UUID.randomUUID().toString(), placementId, SOURCE, topic, detail,
                        enrolmentId, at));
            }
            return placements.size();
        });
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}

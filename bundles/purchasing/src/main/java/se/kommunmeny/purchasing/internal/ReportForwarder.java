package se.kommunmeny.purchasing.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.treatmentplan.api.CourseService;
import se.kommunmeny.treatmentplan.api.TreatmentPlanService;

/**
 * When this municipality runs the treatment plan for a person another municipality bought a place for, the approved
 * plan and the reports its practitioners send to that commissioner go back to the commissioner's platform, on the
 * placement's order. The events stay inside this platform; only the document travels, signed, to the buyer.
 */
@Component(property = {EventConstants.EVENT_TOPIC + "=" + TreatmentPlanService.TOPIC_PLAN_SENT,
        EventConstants.EVENT_TOPIC + "=" + CourseService.TOPIC_REPORT_SENT})
public class ReportForwarder implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ReportForwarder.class);

    private final PurchasingServiceImpl purchasing;

    @Activate
    public ReportForwarder(@Reference PurchasingServiceImpl purchasing) {
        this.purchasing = purchasing;
    }

    @Override
    public void handleEvent(Event event) {
        String personRef = (String) event.getProperty("person.ref");
        String commissioner = (String) event.getProperty("commissioner.code");
        String document = (String) event.getProperty("document");
        if (personRef == null || commissioner == null || commissioner.isBlank() || document == null) {
            return;
        }
        String kind = String.valueOf(event.getProperty("kind"));
        String month = (String) event.getProperty("month");
        String id = (String) (event.getProperty("report.id") != null ? event.getProperty("report.id")
                : event.getProperty("plan.id"));
        try {
            purchasing.forward(personRef, commissioner, new Payloads.Document(id, kind,
                    month == null || month.isBlank() ? null : month, String.valueOf(event.getProperty("title")),
                    document));
        } catch (RuntimeException e) {
            LOG.warn("A {} for commissioner {} could not be queued for its platform: {}", kind, commissioner,
                    e.toString());
        }
    }
}

package se.kommunmeny.purchasing.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.treatmentplan.api.CourseService;
import se.kommunmeny.treatmentplan.api.SentDocument;
import se.kommunmeny.treatmentplan.api.TreatmentPlanService;

/**
 * When this municipality runs the treatment plan for a person another municipality bought a place for, the approved
 * plan and the reports its practitioners send to that commissioner go back to the commissioner's platform, on the
 * placement's order. The treatment plan keeps what it sent; this component reads it page by page after a cursor and
 * queues each document for a bought placement in the same transaction that moves the cursor — so a document is taken
 * exactly once, also after a crash or while purchasing was not running. A sent plan or report only wakes it sooner.
 */
@Component(immediate = true, property = {EventConstants.EVENT_TOPIC + "=" + TreatmentPlanService.TOPIC_PLAN_SENT,
        EventConstants.EVENT_TOPIC + "=" + CourseService.TOPIC_REPORT_SENT})
public class ReportForwarder implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ReportForwarder.class);
    private static final Caller FORWARDER = Caller.of("system:purchasing-forwarder", Role.HANDLAGGARE);
    private static final int PAGE = 50;

    private final PurchasingServiceImpl purchasing;
    private final PurchasingRepository repository;
    private final ScheduledExecutorService executor;

    /** The treatment plan, when installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CourseService courses;

    @Activate
    public ReportForwarder(@Reference PurchasingServiceImpl purchasing, @Reference PurchasingRepository repository) {
        this.purchasing = purchasing;
        this.repository = repository;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kommunmeny-purchasing-forwarder");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::catchUp, 2, 30, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public void handleEvent(Event event) {
        if (!executor.isShutdown()) {
            executor.execute(this::catchUp);
        }
    }

    private void catchUp() {
        CourseService source = courses;
        if (source == null) {
            return;
        }
        try {
            boolean more = true;
            while (more && !Thread.currentThread().isInterrupted()) {
                more = repository.inTransaction(em -> {
                    ForwardCursorEntity cursor = em.find(ForwardCursorEntity.class, 1, LockModeType.PESSIMISTIC_WRITE);
                    List<SentDocument> page = source.sentDocuments(FORWARDER, cursor.sentAt, cursor.lastId, PAGE);
                    for (SentDocument d : page) {
                        purchasing.forward(em, d.personRef(), d.commissionerCode(), new Payloads.Document(d.id(),
                                d.kind(), d.month(), d.title(), d.html()));
                        cursor.sentAt = d.sentAt().toEpochMilli();
                        cursor.lastId = d.id();
                    }
                    return page.size() == PAGE;
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("Plans and reports for buyers' platforms could not be taken now; tried again shortly: {}",
                    e.toString());
        }
    }
}

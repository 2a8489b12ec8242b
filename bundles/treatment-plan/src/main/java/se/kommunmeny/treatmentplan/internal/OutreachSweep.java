package se.kommunmeny.treatmentplan.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.treatmentplan.api.CourseService;

/**
 * Escalates outreach that got no answer in time, on a schedule: an open task past its deadline goes to the next
 * level of the programme's ladder (SMS, phone, home visit, the case officer). Configured by PID
 * {@code se.kommunmeny.treatmentplan.outreach}.
 */
@Component(immediate = true, configurationPid = OutreachSweep.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = OutreachSweep.Config.class)
public class OutreachSweep {
    static final String PID = "se.kommunmeny.treatmentplan.outreach";
    /** The system user escalations are audited as, acting for the unit manager. */
    static final Caller SYSTEM = Caller.of("system:outreach", Role.ENHETSCHEF);
    private static final Logger LOG = LoggerFactory.getLogger(OutreachSweep.class);

    @ObjectClassDefinition(name = "Kommunmeny outreach escalation")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between two sweeps for overdue outreach (at least 1)")
        int sweepSeconds() default 300;
    }

    private final ScheduledExecutorService executor;

    @Activate
    public OutreachSweep(@Reference CourseService service, Config config) {
        int seconds = Math.max(1, config.sweepSeconds());
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kommunmeny-outreach-sweep");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                int n = service.escalateOverdue(SYSTEM);
                if (n > 0) {
                    LOG.info("Outreach: {} overdue task(s) went up a level", n);
                }
            } catch (RuntimeException e) {
                LOG.warn("Outreach sweep failed; the next sweep tries again: {}", e.toString());
            }
        }, seconds, seconds, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }
}

package se.kommunmeny.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.core.internal.privacy.RetentionJob;
import se.kommunmeny.core.internal.privacy.RetentionReport;

/** Runs the retention job (gallring) now, as the operator at the console. */
@Service
@Command(scope = "kommunmeny", name = "retention",
        description = "Applies the retention rules (etc/se.kommunmeny.retention.cfg) now; counts per record type")
public class RetentionCommand implements Action {
    @Reference
    private RetentionJob job;

    @Option(name = "--dry-run", aliases = "-n", description = "Count what is due, delete nothing")
    private boolean dryRun;

    @Override
    public Object execute() {
        RetentionReport report = job.run(Caller.of("console:" + System.getProperty("user.name", "karaf"),
                Role.OPERATOR), dryRun);
        System.out.println((dryRun ? "Due (dry run): " : "Deleted: ") + report.summary());
        report.notes().forEach(n -> System.out.println("Note: " + n));
        return null;
    }
}

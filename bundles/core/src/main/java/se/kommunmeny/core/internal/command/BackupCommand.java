package se.kommunmeny.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.kommunmeny.core.internal.backup.BackupService;
import se.kommunmeny.core.internal.backup.DatabaseDigest.TableDigest;

/** Backs up the running platform (embedded Derby): database, configuration, a verified manifest. */
@Service
@Command(scope = "kommunmeny", name = "backup", description = "Backs up the running platform (embedded Derby) "
        + "into the backup directory, with a manifest of every table's row count and checksum")
public class BackupCommand implements Action {
    @Reference
    private BackupService backups;

    @Override
    public Object execute() {
        BackupService.Manifest manifest = backups.backup();
        long rows = manifest.tables().values().stream().mapToLong(TableDigest::rows).sum();
        System.out.printf("Backup %s: %d tables, %d rows, configuration %s%n", manifest.name(),
                manifest.tables().size(), rows, manifest.configuration());
        return null;
    }
}

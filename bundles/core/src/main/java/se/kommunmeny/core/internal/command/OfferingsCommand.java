package se.kommunmeny.core.internal.command;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.kommunmeny.core.internal.provisioning.OfferingProvisioner;

/** Lists installed and available offerings. */
@Service
@Command(scope = "kommunmeny", name = "offerings", description = "Lists the offerings installed and available on this instance")
public class OfferingsCommand implements Action {
    @Reference
    private OfferingProvisioner provisioner;

    @Override
    public Object execute() throws Exception {
        List<String> installed = provisioner.installedOfferings();
        Set<String> available = provisioner.availableOfferings();
        ShellTable table = new ShellTable();
        table.column("Offering");
        table.column("Feature");
        table.column("Installed");
        for (String name : available) {
            table.addRow().addContent(name, OfferingProvisioner.FEATURE_PREFIX + name,
                    installed.contains(name) ? "yes" : "no");
        }
        table.print(System.out);
        provisioner.lastProblem().ifPresent(p -> System.out.println("Problem: " + p));
        return null;
    }
}

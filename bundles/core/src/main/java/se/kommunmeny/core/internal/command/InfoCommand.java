package se.kommunmeny.core.internal.command;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.kommunmeny.core.internal.health.HealthCheck;

/** Shows the municipality and the health of the instance. */
@Service
@Command(scope = "kommunmeny", name = "info", description = "Shows the municipality this instance serves and its health")
public class InfoCommand implements Action {
    @Reference
    private HealthCheck health;

    @Override
    public Object execute() {
        Map<String, Object> report = health.report();
        report.forEach((key, value) -> System.out.println(key + ": " + value));
        return null;
    }
}

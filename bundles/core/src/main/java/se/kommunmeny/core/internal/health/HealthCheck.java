package se.kommunmeny.core.internal.health;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.person.PersonService;
import se.kommunmeny.core.internal.provisioning.OfferingProvisioner;

/** What an operator needs to know: configured, database reachable, core services up, offerings installed. */
@Component(service = HealthCheck.class)
public class HealthCheck {
    @Reference
    private MunicipalityService municipality;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(osgi.jndi.service.name=kommunmeny)")
    private volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PersonService persons;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OfferingProvisioner provisioner;

    public Map<String, Object> report() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> report = new LinkedHashMap<>();
        municipality.problem().ifPresent(p -> problems.add("municipality: " + p));
        municipality.current().ifPresent(m -> report.put("municipality", Map.of("code", m.code(), "name", m.name(),
                "county", m.county(), "country", m.country().name())));
        DataSource ds = dataSource;
        if (ds == null) {
            problems.add("database: no data source is configured (etc/org.ops4j.datasource-kommunmeny.cfg)");
        } else {
            try (Connection c = ds.getConnection()) {
                if (!c.isValid(2)) {
                    problems.add("database: the connection is not valid");
                }
                report.put("database", c.getMetaData().getDatabaseProductName());
            } catch (Exception e) {
                problems.add("database: cannot connect (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (persons == null) {
            problems.add("core: the person register is not running (schema migration or persistence unit)");
        }
        OfferingProvisioner p = provisioner;
        if (p != null) {
            report.put("offerings", p.installedOfferings());
            if (p.isReconciling()) {
                problems.add("offerings: the offerings list is being applied");
            }
            p.lastProblem().ifPresent(x -> problems.add("offerings: " + x));
        }
        report.put("problems", problems);
        report.put("status", problems.isEmpty() ? "UP" : "DOWN");
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("status", report.remove("status"));
        ordered.putAll(report);
        return ordered;
    }
}

package se.kommunmeny.core.internal.health;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

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

    /** Mandatory: until it has applied the offerings list once, the instance is not ready. */
    @Reference
    private OfferingProvisioner provisioner;

    @Reference
    private ServiceComponentRuntime components;

    @Reference
    private ConfigurationAdmin configurations;

    private BundleContext context;

    /** How long the data layer must stay unchanged before requests can rely on it. */
    static final long SETTLE_MILLIS = 2000;
    /** Services whose replacement re-creates the persistence units: data source, transaction manager, JPA. */
    static final String DATA_LAYER = "(|(objectClass=javax.sql.DataSource)(objectClass=javax.transaction.TransactionManager)"
            + "(objectClass=org.apache.aries.jpa.template.JpaTemplate)(objectClass=javax.persistence.EntityManagerFactory))";

    private volatile long lastDataLayerChange = System.nanoTime();
    private final ServiceListener dataLayerListener = event -> lastDataLayerChange = System.nanoTime();

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        context.addServiceListener(dataLayerListener, DATA_LAYER);
    }

    @Deactivate
    void deactivate(BundleContext context) {
        context.removeServiceListener(dataLayerListener);
    }

    /** Set once the instance has been fully ready; afterwards offerings coming and going do not make it unready. */
    private volatile boolean readyOnce;

    public Map<String, Object> report() {
        List<String> problems = new ArrayList<>();
        List<String> offeringProblems = new ArrayList<>();
        startupProblems(problems, offeringProblems);
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
        long sinceChange = (System.nanoTime() - lastDataLayerChange) / 1_000_000;
        if (sinceChange < SETTLE_MILLIS) {
            // A data source, transaction manager or persistence unit was just replaced (first boot applies
            // etc/ configurations, an operator switches databases): persistence units are being re-created.
            // Before the first "UP" this keeps the instance not ready; afterwards (an offering's persistence unit
            // coming or going) it is a warning.
            offeringProblems.add("database: the data layer changed " + sinceChange + " ms ago and is settling");
        }
        List<String> unloaded = unloadedConfigurationFiles();
        if (!unloaded.isEmpty()) {
            offeringProblems.add("configuration: not loaded yet from etc/: " + String.join(", ", unloaded));
        }
        OfferingProvisioner p = provisioner;
        if (p != null) {
            report.put("offerings", p.installedOfferings());
            if (p.isReconciling()) {
                offeringProblems.add("offerings: the offerings list is being applied");
            }
            p.lastProblem().ifPresent(x -> offeringProblems.add("offerings: " + x));
        }
        // Until the instance has been ready once (start-up), offerings still starting make it not ready, so that the
        // first request after "UP" finds every endpoint. Afterwards an offering being installed or removed is a
        // warning: the rest of the instance serves on.
        if (readyOnce) {
            report.put("problems", problems);
            report.put("warnings", offeringProblems);
        } else {
            problems.addAll(offeringProblems);
            report.put("problems", problems);
        }
        if (problems.isEmpty()) {
            readyOnce = true;
        }
        report.put("status", problems.isEmpty() ? "UP" : "DOWN");
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("status", report.remove("status"));
        ordered.putAll(report);
        return ordered;
    }

    /**
     * Not ready until the framework has reached its start level, every platform bundle is active and none of its
     * components waits for a service or failed to activate: "UP" means every installed endpoint answers.
     */
    private void startupProblems(List<String> problems, List<String> offeringProblems) {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        String beginning = context.getProperty("org.osgi.framework.startlevel.beginning");
        int startLevel = beginning == null ? 1 : Integer.parseInt(beginning.trim());
        if (system.adapt(FrameworkStartLevel.class).getStartLevel() < startLevel) {
            problems.add("platform: starting");
            return;
        }
        List<Bundle> ours = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && name.startsWith("se.kommunmeny") && bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                ours.add(bundle);
                if (bundle.getState() != Bundle.ACTIVE) {
                    (isCore(name) ? problems : offeringProblems).add("bundle " + name + " is not active");
                }
            }
        }
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(ours.toArray(Bundle[]::new))) {
            List<String> target = isCore(description.bundle.symbolicName) ? problems
                    : offeringProblems;
            var present = components.getComponentConfigurationDTOs(description);
            int pending = pendingConfigurations(description, present.size());
            if (pending > 0) {
                target.add("component " + description.name + " is applying " + pending + " configuration(s)");
            }
            for (ComponentConfigurationDTO configuration : present) {
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    List<String> missing = new ArrayList<>();
                    for (var reference : configuration.unsatisfiedReferences) {
                        missing.add(reference.name);
                    }
                    target.add("component " + description.name + " waits for " + String.join(", ", missing));
                } else if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    target.add("component " + description.name + " failed to activate: " + configuration.failure
                            .lines().findFirst().orElse(""));
                }
            }
        }
    }

    /**
     * Configurations in ConfigAdmin that the component has not taken up yet: ConfigAdmin delivers them
     * asynchronously, so right after a feature installs its configurations the services they describe (a programme,
     * a plain menu entry) are not there yet.
     */
    private int pendingConfigurations(ComponentDescriptionDTO description, int present) {
        if (!"require".equals(description.configurationPolicy) || description.configurationPid.length == 0) {
            return 0;
        }
        String pid = description.configurationPid[0];
        try {
            Configuration[] found = configurations.listConfigurations(
                    "(|(service.factoryPid=" + pid + ")(service.pid=" + pid + "))");
            return found == null ? 0 : Math.max(0, found.length - present);
        } catch (IOException | InvalidSyntaxException e) {
            return 0;
        }
    }

    /**
     * Configuration files in etc/ that Felix FileInstall has not loaded into ConfigAdmin yet: on a first boot
     * (and when an operator drops a file in) the services they configure are about to be replaced.
     */
    private List<String> unloadedConfigurationFiles() {
        String etc = context.getProperty("karaf.etc");
        if (etc == null) {
            return List.of();
        }
        Set<Path> loaded = new HashSet<>();
        try {
            Configuration[] all = configurations.listConfigurations("(felix.fileinstall.filename=*)");
            for (Configuration c : all == null ? new Configuration[0] : all) {
                Object name = c.getProperties() == null ? null : c.getProperties().get("felix.fileinstall.filename");
                if (name != null) {
                    try {
                        loaded.add(Paths.get(URI.create(name.toString())).toAbsolutePath().normalize());
                    } catch (IllegalArgumentException e) {
                        loaded.add(Paths.get(name.toString()).toAbsolutePath().normalize());
                    }
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Paths.get(etc), "*.cfg")) {
            for (Path file : files) {
                if (!loaded.contains(file.toAbsolutePath().normalize())) {
                    missing.add(file.getFileName().toString());
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return missing;
    }

    private static boolean isCore(String symbolicName) {
        return symbolicName != null && symbolicName.startsWith("se.kommunmeny.core");
    }
}

package se.kommunmeny.core.internal.provisioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles the offerings list in {@code etc/se.kommunmeny.offerings.cfg} with the installed features, at start
 * and whenever the file changes. Offerings are installed and removed without refreshing other bundles. Offerings
 * the operator installed by hand with {@code feature:install} are left alone; only offerings that were on the list
 * and are taken off it are uninstalled.
 */
@Component(service = OfferingProvisioner.class, immediate = true, configurationPid = OfferingProvisioner.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = OfferingsConfig.class)
public class OfferingProvisioner {
    public static final String PID = "se.kommunmeny.offerings";
    public static final String FEATURE_PREFIX = "kommunmeny-";
    private static final Set<String> PLATFORM_FEATURES = Set.of("kommunmeny-core", "kommunmeny-platform",
            "kommunmeny-db-derby", "kommunmeny-db-postgresql");
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(
            FeaturesService.Option.NoAutoRefreshBundles, FeaturesService.Option.NoAutoRefreshManagedBundles);
    private static final Logger LOG = LoggerFactory.getLogger(OfferingProvisioner.class);

    private final FeaturesService features;
    private final Path managedFile;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kommunmeny-offering-provisioner");
        t.setDaemon(true);
        return t;
    });
    private volatile Optional<String> lastProblem = Optional.empty();
    private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();

    private final ConfigurationAdmin configurations;

    @Activate
    public OfferingProvisioner(@Reference FeaturesService features, @Reference ConfigurationAdmin configurations,
            BundleContext context, OfferingsConfig config) {
        this.features = features;
        this.configurations = configurations;
        this.managedFile = context.getDataFile("managed-offerings").toPath();
        submit(config);
    }

    @Modified
    void modified(OfferingsConfig config) {
        submit(config);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void submit(OfferingsConfig config) {
        Set<String> wanted = parse(config.offerings());
        pending.incrementAndGet();
        executor.submit(() -> {
            try {
                reconcile(wanted);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    static Set<String> parse(String list) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : (list == null ? "" : list).split("[,\\s]+")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        return names;
    }

    private void reconcile(Set<String> wanted) {
        List<String> problems = new ArrayList<>();
        try {
            Set<String> available = availableOfferings();
            Set<String> installed = new TreeSet<>(installedOfferings());
            Set<String> managed = readManaged();
            Set<String> toInstall = new TreeSet<>();
            for (String name : wanted) {
                if (!available.contains(name)) {
                    problems.add("unknown offering '" + name + "' (available: " + String.join(", ", available) + ")");
                } else if (!installed.contains(name)) {
                    toInstall.add(name);
                }
            }
            Set<String> toRemove = managed.stream().filter(n -> !wanted.contains(n) && installed.contains(n))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!toRemove.isEmpty()) {
                LOG.info("Removing offerings taken off the list: {}", toRemove);
                features.uninstallFeatures(featureNames(toRemove), NO_REFRESH);
            }
            if (!toInstall.isEmpty()) {
                LOG.info("Installing offerings on the list: {}", toInstall);
                features.installFeatures(featureNames(toInstall), NO_REFRESH);
                for (String name : featureNames(toInstall)) {
                    awaitConfigurations(features.getFeature(name));
                }
            }
            Set<String> nowManaged = new TreeSet<>(wanted);
            nowManaged.retainAll(available);
            writeManaged(nowManaged);
        } catch (Exception e) {
            LOG.error("Reconciling the offerings list failed: {}", e.getMessage());
            problems.add("reconciling failed: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            LOG.error("Offerings list {}: {}", PID, String.join("; ", problems));
        }
        lastProblem = problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /**
     * Karaf writes a feature's configurations to etc/ and ConfigAdmin learns them from there a moment after the
     * install returns. The list counts as applied (and health as ready) only once they are in ConfigAdmin, so the
     * first request after "ready" finds, say, the programmes the feature configures.
     */
    private void awaitConfigurations(Feature feature) throws IOException, InvalidSyntaxException, InterruptedException {
        if (feature == null) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (var config : feature.getConfigurations()) {
            String filter = configurationFilter(config.getName());
            while (configurations.listConfigurations(filter) == null) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("Configuration {} of {} did not reach ConfigAdmin within 30 s", config.getName(),
                            feature.getName());
                    return;
                }
                Thread.sleep(50);
            }
        }
    }

    /** The ConfigAdmin filter for a feature configuration name: a PID, or factory PID and alias joined by '-'. */
    static String configurationFilter(String name) {
        StringBuilder filter = new StringBuilder("(|(service.pid=").append(name).append(')');
        int dash = name.lastIndexOf('-');
        if (dash > 0) {
            filter.append("(service.pid=").append(name, 0, dash).append('~').append(name.substring(dash + 1)).append(')');
            filter.append("(felix.fileinstall.filename=*/").append(name).append(".cfg)");
        }
        return filter.append(')').toString();
    }

    private static Set<String> featureNames(Set<String> offerings) {
        return offerings.stream().map(n -> FEATURE_PREFIX + n).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Offerings whose feature is installed now. */
    public List<String> installedOfferings() {
        try {
            return Arrays.stream(features.listInstalledFeatures()).map(Feature::getName).filter(this::isOffering)
                    .map(n -> n.substring(FEATURE_PREFIX.length())).sorted().toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    /** Offerings that can be installed (their feature is in a known repository). */
    public Set<String> availableOfferings() throws Exception {
        return Arrays.stream(features.listFeatures()).map(Feature::getName).filter(this::isOffering)
                .map(n -> n.substring(FEATURE_PREFIX.length())).collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean isOffering(String featureName) {
        return featureName.startsWith(FEATURE_PREFIX) && !PLATFORM_FEATURES.contains(featureName);
    }

    public Optional<String> lastProblem() {
        return lastProblem;
    }

    /** True while a change of the offerings list is being applied; health reports the instance not ready. */
    public boolean isReconciling() {
        return pending.get() > 0;
    }

    private Set<String> readManaged() throws IOException {
        if (!Files.exists(managedFile)) {
            return Set.of();
        }
        return parse(Files.readString(managedFile, StandardCharsets.UTF_8));
    }

    private void writeManaged(Set<String> managed) throws IOException {
        Files.writeString(managedFile, String.join(",", managed), StandardCharsets.UTF_8);
    }
}

package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the tests of an offering share: its database, the person register, the menu, and proof that installing or
 * removing a feature leaves every other bundle as it was.
 */
public abstract class AbstractOfferingIT extends KommunmenyTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=kommunmeny)")
    protected DataSource dataSource;

    @Inject
    protected ConfigurationAdmin configAdmin;

    protected static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    protected long count(String sql) throws Exception {
        try (Connection c = platformDataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    /** Registers a person with a fresh personnummer (case officer) and answers the register id. */
    protected String registerPerson(String given, String family) {
        return registerPerson(newPersonnummer(), given, family);
    }

    protected String registerPerson(String number, String given, String family) {
        Answer a = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", number, "givenName", given,
                "familyName", family)));
        assertEquals(a.body(), 201, a.status());
        return parse(a).get("id").asText();
    }

    /** The menu entry with this id, waiting a little for it while an offering settles after an install. */
    protected JsonNode menuEntry(String id) {
        JsonNode[] found = new JsonNode[1];
        await("menu entry " + id, Duration.ofSeconds(15), () -> {
            for (JsonNode e : parse(get(HANDLAGGARE, "/api/menu")).get("entries")) {
                if (e.get("id").asText().equals(id)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    protected boolean onMenu(String id) {
        return get(HANDLAGGARE, "/api/menu").body().contains("\"" + id + "\"");
    }

    protected boolean isInstalled(String feature) {
        try {
            return features.isInstalled(features.getFeature(feature));
        } catch (Exception e) {
            return false;
        }
    }

    protected void install(String feature) throws Exception {
        if (!isInstalled(feature)) {
            features.installFeature(feature, NO_REFRESH);
            awaitSettled();
        }
    }

    protected void uninstall(String feature) throws Exception {
        if (isInstalled(feature)) {
            features.uninstallFeature(feature, NO_REFRESH);
            awaitSettled();
        }
    }

    /**
     * Waits until the health check has no warnings: the feature's configurations written to etc/ have been read back
     * by FileInstall (which re-applies them to their components) and no component waits or applies configuration.
     */
    protected void awaitSettled() {
        await("health without warnings", Duration.ofSeconds(30), () -> {
            JsonNode health = parse(get(OPERATOR, "/api/health"));
            return "UP".equals(health.path("status").asText()) && health.path("warnings").isEmpty();
        });
    }

    /** A change to the installed features, run while every bundle already there is watched. */
    @FunctionalInterface
    protected interface FeatureChange {
        void run() throws Exception;
    }

    /**
     * Runs the change and answers what it did to the bundles that were there before: every event other than their
     * own starting and stopping (a refresh, a restart, an uninstall), and any that ended in another state.
     */
    protected List<String> disturbedBy(FeatureChange change) throws Exception {
        return disturbedBy(bundleStates().keySet(), change);
    }

    /** As {@link #disturbedBy(FeatureChange)}, watching only these bundles (e.g. those there before an offering). */
    protected List<String> disturbedBy(Set<Long> watched, FeatureChange change) throws Exception {
        // The platform may still be starting bundles of its own boot features when a test begins.
        await("no bundle starting", Duration.ofSeconds(60),
                () -> bundleStates().values().stream().noneMatch(state -> state == Bundle.STARTING));
        Map<Long, Integer> before = new HashMap<>(bundleStates());
        before.keySet().retainAll(watched);
        List<String> disturbed = Collections.synchronizedList(new ArrayList<>());
        BundleListener listener = event -> {
            if (before.containsKey(event.getBundle().getBundleId())
                    && event.getType() != BundleEvent.STARTING && event.getType() != BundleEvent.STOPPING) {
                disturbed.add(event.getBundle().getSymbolicName() + " event " + event.getType());
            }
        };
        bundleContext.addBundleListener(listener);
        try {
            change.run();
        } finally {
            bundleContext.removeBundleListener(listener);
        }
        Map<Long, Integer> after = bundleStates();
        before.forEach((id, state) -> {
            if (!state.equals(after.get(id))) {
                disturbed.add("bundle " + id + " " + state + " -> " + after.get(id));
            }
        });
        return disturbed;
    }

    protected Map<Long, Integer> bundleStates() {
        Map<Long, Integer> states = new HashMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            states.put(b.getBundleId(), b.getState());
        }
        return states;
    }

    /** The content of the first element with this local name in a SOAP answer (text or markup), or {@code null}. */
    protected static String tag(String xml, String element) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + element + "(?: [^>]*)?>(.*?)</(?:\\w+:)?" + element + ">",
                Pattern.DOTALL).matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    /** The texts of every element with this local name in a SOAP answer. */
    protected static List<String> tags(String xml, String element) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + element + "(?: [^>]*)?>([^<]*)</(?:\\w+:)?" + element + ">").matcher(xml);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The element of a JSON array whose field has this value. */
    protected static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    /** Asserts a SOAP fault with this fault code (the problem's code) and answers its body. */
    protected static String assertFault(Answer a, String code) {
        assertEquals(a.body(), 500, a.status());
        assertTrue(a.body(), a.body().contains("Fault") && a.body().contains(":" + code + "<"));
        return a.body();
    }
}

package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A full restart of the distribution ({@code bin/karaf server}, stopped with SIGTERM and started again) with the four
 * offerings and the examples: the moment health first says ready, the very first request to every REST address the
 * OpenAPI document listed before the restart (every GET without a path parameter) answers as it did before — none
 * 404 or 503 — and every SOAP endpoint answers its WSDL and a call. Health saying ready before the offerings'
 * endpoints are published would fail here. Figures to {@code target/full-restart.txt}.
 */
public class FullRestartIT extends AbstractOperatorInstanceIT {
    /** The SOAP endpoints of the core and the four offerings, and a call each that needs no data. */
    private static final Map<String, String> SOAP = new LinkedHashMap<>();

    static {
        SOAP.put("Menu", "<m:getMenu xmlns:m=\"urn:se:kommunmeny:menu:1\"/>");
        SOAP.put("PersonRegister", null);
        SOAP.put("TreatmentPlan", null);
        SOAP.put("TreatmentCourse", null);
        SOAP.put("HousingSupport", null);
        SOAP.put("EmploymentSupport", null);
        SOAP.put("SupportGroups", "<s:listProgrammes xmlns:s=\"urn:se:kommunmeny:support-groups:1\"/>");
    }

    @Test
    public void everyEndpointAnswersTheFirstRequestAfterReady() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        karaf = KarafProcess.unpack(target.resolve("full-restart"), USERS);
        karaf.addBootFeature("kommunmeny-examples");
        try {
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = " + OFFERINGS + "\n");
            karaf.start();
            awaitReadyWithOfferings(Duration.ofSeconds(240));
            awaitExamples();

            // Before: every GET address without a path parameter in the OpenAPI document, and what it answers.
            JsonNode openApi = parse(get(null, "/api/openapi"));
            Map<String, Integer> before = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = openApi.get("paths").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                if (path.getValue().has("get") && !path.getKey().contains("{")) {
                    before.put(path.getKey(), get(userFor(path.getKey()), path.getKey()).status());
                }
            }
            for (String offering : OFFERING_NAMES) {
                assertTrue(offering + " in the OpenAPI document: " + before.keySet(),
                        before.keySet().stream().anyMatch(p -> p.startsWith("/api/" + offering + "/")));
            }
            List<String> problems = new ArrayList<>();
            before.forEach((path, status) -> {
                if (status == 404 || status >= 500) {
                    problems.add("before the restart " + path + " answered " + status);
                }
            });
            Map<String, Integer> soapBefore = soapStatuses();

            karaf.stop();
            long stopped = System.nanoTime();
            karaf.start();
            // Only health is asked until it says ready; everything after is a first request.
            await("health ready after the restart", Duration.ofSeconds(240), () -> {
                if (!karaf.isAlive()) {
                    throw new AssertionError("Karaf exited; see " + karaf.home().resolve("data/log/karaf.log"));
                }
                try {
                    return get(OPERATOR, "/api/health").status() == 200;
                } catch (RuntimeException e) {
                    return false;
                }
            });
            double readyAfter = (System.nanoTime() - stopped) / 1e9;
            Map<String, Integer> after = new LinkedHashMap<>();
            for (String path : before.keySet()) {
                after.put(path, get(userFor(path), path).status());
            }
            Map<String, Integer> soapAfter = soapStatuses();

            before.forEach((path, status) -> {
                if (!status.equals(after.get(path))) {
                    problems.add(path + ": " + status + " before the restart, " + after.get(path)
                            + " as the first request after ready");
                }
            });
            soapBefore.forEach((name, status) -> {
                if (status != 200 || soapAfter.get(name) != 200) {
                    problems.add("SOAP " + name + ": " + status + " before, " + soapAfter.get(name) + " after");
                }
            });
            Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
            Map<String, Integer> notOk = new LinkedHashMap<>();
            after.forEach((path, s) -> {
                byStatus.merge(s, 1, Integer::sum);
                if (s / 100 != 2) {
                    notOk.put(path, s);
                }
            });
            String report = String.format(Locale.ROOT, "Full restart (Derby, the four offerings and the examples): "
                    + "health ready %.1f s after the start; first requests after ready: %d REST addresses from the "
                    + "OpenAPI document %s (not 2xx, as before the restart: %s), %d SOAP endpoints (WSDL and a call "
                    + "where one needs no data) %s%nProblems: %s%n", readyAfter, after.size(), byStatus, notOk,
                    soapAfter.size(), soapAfter,
                    problems.isEmpty() ? "none" : problems);
            System.out.println(report);
            Files.writeString(target.resolve("full-restart.txt"), report, StandardCharsets.UTF_8);
            assertEquals("problems: " + problems, List.of(), problems);
        } finally {
            karaf.stop();
        }
    }

    /** Per SOAP endpoint: its WSDL's status, or the call's when the WSDL answered (200 for a SOAP response). */
    private Map<String, Integer> soapStatuses() {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        SOAP.forEach((name, call) -> {
            Answer wsdl = get(null, "/soap/" + name + "?wsdl");
            int status = wsdl.status();
            if (status == 200 && !wsdl.body().contains("definitions")) {
                status = -1;
            }
            if (status == 200 && call != null) {
                Answer a = soap(name.equals("Menu") ? HANDLAGGARE : ENHETSCHEF, name, call);
                status = a.status() == 200 && a.body().contains("Response") ? 200 : a.status();
            }
            statuses.put(name, status);
        });
        return statuses;
    }

    /** A user whose role reads the address (the role table is the resources' own; any live answer is compared). */
    private static String userFor(String path) {
        if (path.startsWith("/api/treatment-plan") || path.startsWith("/api/treatment-course")) {
            return BEHANDLARE;
        }
        if (path.startsWith("/api/audit")) {
            return LOGGRANSKARE;
        }
        if (path.startsWith("/api/health")) {
            return OPERATOR;
        }
        if (path.startsWith("/api/housing-support") || path.startsWith("/api/employment-support")
                || path.startsWith("/api/support-groups")) {
            return ENHETSCHEF;
        }
        return HANDLAGGARE;
    }
}

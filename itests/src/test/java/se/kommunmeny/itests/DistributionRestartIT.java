package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution run as an operator runs it ({@code bin/karaf server}), stopped and started again: data written
 * before the restart is all there after it, the offerings list brings the offering back, the audit chain still
 * verifies, and the first request after health says ready succeeds. On embedded Derby and on PostgreSQL. One Karaf
 * at a time.
 */
@RunWith(Parameterized.class)
public class DistributionRestartIT extends KommunmenyTestSupport {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"derby"}, new Object[] {"postgresql"});
    }

    private final String database;
    private KarafProcess karaf;

    public DistributionRestartIT(String database) {
        this.database = database;
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    @Test
    public void dataAndEndpointsSurviveARestart() throws Exception {
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "restart-" + database);
        karaf = KarafProcess.unpack(dir, USERS);
        karaf.addBootFeature("kommunmeny-examples");
        PostgresServer server = null;
        try {
            if (database.equals("postgresql")) {
                server = PostgresServer.start();
                karaf.write("org.ops4j.datasource-kommunmeny.cfg", server.dataSourceConfig());
                karaf.addBootFeature("kommunmeny-db-postgresql");
            }
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = treatment-plan\n");
            karaf.start();
            awaitReadyWithOffering();
            // On a fresh instance the programme the feature configures is bound a moment after "ready" (its
            // configuration reaches ConfigAdmin through etc/); the restart below is what this test is about.
            await("the feature's programme", Duration.ofSeconds(20),
                    () -> get(BEHANDLARE, "/api/treatment-plan/programmes/kbt-12").status() == 200);

            String number = newPersonnummer();
            Answer person = post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", number,
                    "givenName", "Omstart", "familyName", "Persson")));
            assertEquals(person.body(), 201, person.status());
            String personId = parse(person).get("id").asText();
            Answer plan = post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", personId,
                    "programmeId", "kbt-12", "goals", List.of("Tillbaka i arbete"))));
            assertEquals(plan.body(), 201, plan.status());
            String planId = parse(plan).get("id").asText();
            long auditRows = parse(get(LOGGRANSKARE, "/api/audit/verify")).get("rowsChecked").asLong();

            karaf.stop();
            karaf.start();
            awaitReadyWithOffering();

            // The very first requests after "ready" succeed.
            JsonNode found = parse(post(BEHANDLARE, "/api/persons/lookup", "{\"identityNumber\":\"" + number + "\"}"));
            assertEquals(personId, found.get("id").asText());
            JsonNode again = parse(get(BEHANDLARE, "/api/treatment-plan/plans/" + planId));
            assertEquals("Tillbaka i arbete", again.get("goals").get(0).asText());
            assertTrue(get(HANDLAGGARE, "/api/menu").body().contains("treatment-plan/kbt-12"));
            assertEquals(200, get(null, "/soap/TreatmentPlan?wsdl").status());
            JsonNode verify = parse(get(LOGGRANSKARE, "/api/audit/verify"));
            assertTrue(verify.toString(), verify.get("valid").asBoolean());
            assertTrue(verify.get("rowsChecked").asLong() > auditRows);
        } finally {
            karaf.stop();
            if (server != null) {
                server.stop();
            }
        }
    }

    private void awaitReadyWithOffering() {
        await("health UP with the treatment plan", Duration.ofSeconds(180), () -> {
            if (!karaf.isAlive()) {
                throw new AssertionError("Karaf exited; see " + karaf.home().resolve("data/log/karaf.log"));
            }
            try {
                Answer a = get(OPERATOR, "/api/health");
                return a.status() == 200 && a.body().contains("treatment-plan");
            } catch (RuntimeException e) {
                return false;
            }
        });
    }
}

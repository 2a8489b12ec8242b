package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Re-entry (inslussning): the treatment plan with housing and employment support. The re-entry plan's housing and
 * occupation goals link to the placements, the course's relapse and completion show on both cases, and when the
 * treatment plan is removed the two offerings go on as before — nothing restarted, links kept as they were read.
 * Over REST and SOAP.
 */
public abstract class AbstractReentryIT extends AbstractOfferingIT {
    static final String TREATMENT = "kommunmeny-treatment-plan";
    static final String HOUSING = "kommunmeny-housing-support";
    static final String EMPLOYMENT = "kommunmeny-employment-support";
    static final String HOUSING_NS = "urn:se:kommunmeny:housing-support:1";
    static final String EMPLOYMENT_NS = "urn:se:kommunmeny:employment-support:1";

    static final String HOUSING_GOAL = "Träningslägenhet efter primärbehandlingen, med boendestöd";
    static final String OCCUPATION_GOAL = "Arbetsträning 20 timmar i veckan i secondhandbutiken";

    @Test
    public void reentryGoalsLinkToPlacementsAndTheCourseShowsOnBothCasesUntilTheTreatmentPlanLeaves() throws Exception {
        awaitReady();
        install(TREATMENT);
        await("treatment plan live", Duration.ofSeconds(20),
                () -> get(BEHANDLARE, "/api/treatment-plan/programmes/kbt-12").status() == 200);
        List<String> disturbed = disturbedBy(() -> {
            install(HOUSING);
            install(EMPLOYMENT);
        });
        assertTrue("adding housing and employment support disturbed: " + disturbed, disturbed.isEmpty());
        await("housing and employment support live", Duration.ofSeconds(20),
                () -> get(ENHETSCHEF, "/api/housing-support/kinds").status() == 200
                        && get(ENHETSCHEF, "/api/employment-support/kinds").status() == 200);

        // A client in the CBT programme with a re-entry plan from day one.
        String client = registerPerson("Rut", "Inslussas");
        JsonNode enrolment = parse(post(BEHANDLARE, "/api/treatment-plan/enrolments", toJson(Map.of(
                "personRef", client, "programmeId", "kbt-12"))));
        String enrolmentId = enrolment.get("id").asText();
        assertEquals("ACTIVE", enrolment.get("status").asText());
        JsonNode plan = parse(post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", client,
                "programmeId", "kbt-12", "goals", List.of("Drogfrihet", "Eget boende", "Sysselsättning"),
                "enrolmentId", enrolmentId))));
        String planId = plan.get("id").asText();
        Map<String, Object> content = Map.of("startSituation", "Bor hos en vän; ingen sysselsättning.",
                "longTermGoals", List.of("Drogfrihet", "Eget boende", "Sysselsättning"),
                "reentry", Map.of("housing", HOUSING_GOAL, "occupation", OCCUPATION_GOAL,
                        "network", "Kontakt med syster"));
        Answer revised = put(BEHANDLARE, "/api/treatment-plan/plans/" + planId, toJson(Map.of("version",
                plan.get("version").asLong(), "summary", "Plan med inslussning", "content", content)));
        assertEquals(revised.body(), 200, revised.status());

        // Housing: a training flat, linked to the plan's housing goal over REST.
        String unit = parse(post(ENHETSCHEF, "/api/housing-support/units", toJson(Map.of("kindId", "traningslagenhet",
                "name", "Träningslägenhet Ringvägen 3", "address", "Ringvägen 3, Arboga", "places", 1))))
                .get("id").asText();
        JsonNode housing = parse(post(HANDLAGGARE, "/api/housing-support/placements", toJson(Map.of(
                "personRef", client, "unitId", unit, "startDate", today().toString(),
                "contract", Map.of("type", "SECOND_HAND"), "workPlan", Map.of("supportGoals", List.of("Egen ekonomi"))))));
        String housingId = housing.get("id").asText();
        assertEquals(housing.toString(), "ACTIVE", housing.get("status").asText());
        assertEquals(200, put(ENHETSCHEF, "/api/housing-support/placements/" + housingId + "/staff",
                toJson(Map.of("staff", List.of(BEHANDLARE)))).status());
        JsonNode linked = parse(post(BEHANDLARE, "/api/housing-support/placements/" + housingId
                + "/treatment-plan-link", toJson(Map.of("planId", planId))));
        assertEquals(linked.toString(), HOUSING_GOAL, linked.get("treatmentPlan").get("goal").asText());
        assertEquals(enrolmentId, linked.get("treatmentPlan").get("enrolmentId").asText());
        // Another person's plan cannot be linked; nothing changes.
        String other = registerPerson("Annan", "Klient");
        String otherPlan = parse(post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", other,
                "programmeId", "kbt-12", "goals", List.of("Drogfrihet"))))).get("id").asText();
        assertEquals(400, post(BEHANDLARE, "/api/housing-support/placements/" + housingId + "/treatment-plan-link",
                toJson(Map.of("planId", otherPlan))).status());
        assertEquals(planId, parse(get(HANDLAGGARE, "/api/housing-support/placements/" + housingId))
                .get("treatmentPlan").get("planId").asText());

        // Employment: work training at the second-hand shop, linked to the occupation goal over SOAP.
        String workPlace = parse(post(ENHETSCHEF, "/api/employment-support/workplaces", toJson(Map.of(
                "kindId", "arbetstraning", "name", "Secondhandbutiken", "provider", Map.of("kind", "PARTNER",
                        "name", "RIA/Hela Människan"), "workType", "Secondhandbutik", "places", 5,
                "supervisor", Map.of("name", "Greta Handledare"))))).get("id").asText();
        JsonNode work = parse(post(HANDLAGGARE, "/api/employment-support/placements", toJson(Map.of(
                "personRef", client, "workPlaceId", workPlace, "startDate", today().toString(),
                "workPlan", Map.of("goals", List.of("Komma i tid"), "hoursPerWeek", 20))))); 
        String workId = work.get("id").asText();
        assertEquals(work.toString(), "ACTIVE", work.get("status").asText());
        assertEquals(200, put(ENHETSCHEF, "/api/employment-support/placements/" + workId + "/staff",
                toJson(Map.of("staff", List.of(BEHANDLARE)))).status());
        Answer soapLink = soap(BEHANDLARE, "EmploymentSupport", "<e:linkTreatmentPlan xmlns:e=\"" + EMPLOYMENT_NS
                + "\"><placementId>" + workId + "</placementId><planId>" + planId + "</planId></e:linkTreatmentPlan>");
        assertEquals(soapLink.body(), 200, soapLink.status());
        assertEquals(OCCUPATION_GOAL, tag(tag(soapLink.body(), "treatmentPlan"), "goal"));

        // A relapse and the completion of the course show on both cases.
        String course = "/api/treatment-course/enrolments/" + enrolmentId;
        Answer relapse = post(BEHANDLARE, course + "/relapses", toJson(Map.of("occurredOn", today().toString(),
                "kind", "RELAPSE", "substance", "ALCOHOL", "description", "Drack under helgen")));
        assertEquals(relapse.body(), 201, relapse.status());
        String housingEvents = "/api/housing-support/placements/" + housingId + "/events";
        String workEvents = "/api/employment-support/placements/" + workId + "/events";
        await("relapse on the housing case", Duration.ofSeconds(10),
                () -> get(BEHANDLARE, housingEvents).body().contains("RELAPSE"));
        await("relapse on the employment case", Duration.ofSeconds(10),
                () -> get(BEHANDLARE, workEvents).body().contains("RELAPSE"));
        Answer ended = post(BEHANDLARE, "/api/treatment-plan/enrolments/" + enrolmentId + "/end",
                "{\"reason\":\"COMPLETED\",\"endedOn\":\"" + today() + "\"}");
        assertEquals(ended.body(), 200, ended.status());
        await("completion on the housing case", Duration.ofSeconds(10),
                () -> get(BEHANDLARE, housingEvents).body().contains("COMPLETED"));
        Answer soapEvents = soap(BEHANDLARE, "EmploymentSupport", "<e:listCaseEvents xmlns:e=\"" + EMPLOYMENT_NS
                + "\"><placementId>" + workId + "</placementId></e:listCaseEvents>");
        await("completion on the employment case", Duration.ofSeconds(10),
                () -> soap(BEHANDLARE, "EmploymentSupport", "<e:listCaseEvents xmlns:e=\"" + EMPLOYMENT_NS
                        + "\"><placementId>" + workId + "</placementId></e:listCaseEvents>").body().contains("COMPLETED"));
        assertTrue(soapEvents.body(), soapEvents.body().contains("RELAPSE"));
        JsonNode events = parse(get(BEHANDLARE, housingEvents));
        assertEquals(events.toString(), 1, countWhere(events, "RELAPSE"));
        assertEquals(events.toString(), 1, countWhere(events, "COMPLETED"));
        assertEquals(403, get(OTHER_BEHANDLARE, housingEvents).status());

        // The treatment plan leaves: nothing else restarts; both cases go on, the links as last read.
        Set<Long> staying = new HashSet<>(bundleStates().keySet());
        staying.remove(bundleId("se.kommunmeny.treatmentplan"));
        List<String> leaving = disturbedBy(staying, () -> uninstall(TREATMENT));
        assertTrue("removing the treatment plan disturbed: " + leaving, leaving.isEmpty());
        assertTrue("the treatment-plan API stays for the offerings that use it",
                bundleId("se.kommunmeny.treatmentplan.api") > 0);
        await("treatment plan gone", Duration.ofSeconds(10),
                () -> get(BEHANDLARE, "/api/treatment-plan/programmes").status() == 404);
        JsonNode kept = parse(get(HANDLAGGARE, "/api/housing-support/placements/" + housingId));
        assertEquals(kept.toString(), HOUSING_GOAL, kept.get("treatmentPlan").get("goal").asText());
        Answer noPlan = post(BEHANDLARE, "/api/employment-support/placements/" + workId + "/treatment-plan-link",
                toJson(Map.of("planId", planId)));
        assertEquals(noPlan.body(), 503, noPlan.status());
        assertEquals(2, parse(get(BEHANDLARE, housingEvents)).size());
        Answer visit = post(BEHANDLARE, "/api/housing-support/placements/" + housingId + "/visits", toJson(Map.of(
                "visitedOn", today().toString(), "visitors", List.of(BEHANDLARE), "activities", List.of("Samtal"))));
        assertEquals(visit.body(), 201, visit.status());
        Answer attendance = post(BEHANDLARE, "/api/employment-support/placements/" + workId + "/attendance",
                toJson(Map.of("date", today().toString(), "present", true, "hours", 4)));
        assertEquals(attendance.body(), 201, attendance.status());

        // It comes back without disturbing them either.
        Set<Long> withoutTreatment = bundleStates().keySet();
        List<String> returning = disturbedBy(withoutTreatment, () -> install(TREATMENT));
        assertTrue("re-adding the treatment plan disturbed: " + returning, returning.isEmpty());
        await("treatment plan back", Duration.ofSeconds(20),
                () -> get(BEHANDLARE, "/api/treatment-plan/plans/" + planId).status() == 200);
    }

    private long bundleId(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b.getBundleId();
            }
        }
        return -1;
    }

    private static long countWhere(JsonNode events, String kind) {
        long n = 0;
        for (JsonNode e : events) {
            if (e.toString().contains("\"" + kind + "\"")) {
                n++;
            }
        }
        return n;
    }
}

package se.kommunmeny.treatmentplan.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import se.kommunmeny.treatmentplan.api.EnrolmentView;
import se.kommunmeny.treatmentplan.api.LegalBasis;
import se.kommunmeny.treatmentplan.api.PlanContent;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.treatmentplan.api.SessionView;

/**
 * Checks the export against HAPI FHIR: every bundle is read with the strict R4 parser and validated with the
 * {@link FhirInstanceValidator} against the R4 base profiles and terminologies shipped in
 * {@code hapi-fhir-validation-resources-r4} (offline: no remote terminology server in the support chain).
 */
class FhirExportTest {
    private static final String PERSONNUMMER_SYSTEM = "http://electronichealth.se/identifier/personnummer";
    private static final String PERSONNUMMER = "191212121212";
    private static final Instant GENERATED = Instant.parse("2025-04-01T08:30:00Z");

    private static FhirContext ctx;
    private static FhirValidator validator;

    @BeforeAll
    static void hapi() {
        ctx = FhirContext.forR4();
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        validator = ctx.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
    }

    // --- fixtures ---

    static EnrolmentView enrolment(String status) {
        return new EnrolmentView("enr-1", "person-7f3a", "kbt-12", LegalBasis.SOL, "1980", "Västerås stad", "PRIMARY",
                status, "WAITING".equals(status) ? null : LocalDate.of(2025, 3, 3),
                "WAITING".equals(status) ? null : LocalDate.of(2025, 5, 25), "WAITING".equals(status) ? 2 : null,
                List.of(), 3);
    }

    static PlanContent content() {
        return new PlanContent("Arbetslös sedan ett år, bor i andrahand.", List.of("Drogfrihet", "Egen bostad"),
                List.of("Inga positiva drogtester", "Söka tre lägenheter", "Delta i gruppen"),
                List.of(new PlanContent.Activity("Gruppsession KBT", "Behandlare", "Tre gånger i veckan",
                        "Enligt manual", "Delta i gruppen"),
                        new PlanContent.Activity("Bostadssökande", "Klienten med kontaktperson", null, "Boplats",
                                "Egen bostad")),
                new PlanContent.FrameGoals("Drogfri", "Reflektera", "Relationer"), List.of("TRAUMA"), "Ring vid frånvaro",
                "Samtal inom ett dygn", new PlanContent.ReentryPlan("Boplats", "Praktik", "NA"));
    }

    static PlanView plan(String status, PlanContent content) {
        return new PlanView("plan-1", "person-7f3a", "kbt-12", status, List.of("Drogfrihet", "Egen bostad"),
                LocalDate.of(2025, 3, 3), Instant.parse("2025-03-03T09:15:00Z"), "behandlare1", 4, 2, content, 2,
                LocalDate.of(2025, 3, 5), LocalDate.of(2025, 4, 3), LocalDate.of(2025, 6, 3), "enr-1", 2, "1980");
    }

    static SessionView session(String id, String kind, LocalDate date, LocalTime time, String status) {
        return new SessionView(id, "enr-1", kind, date, time, 1, "PRIMARY", "Craving", status,
                "ATTENDED".equals(status) ? "Aktiv i gruppen" : null, "behandlare1", null, true, null, null, 0);
    }

    static List<SessionView> sessions() {
        return List.of(session("s1", "GROUP", LocalDate.of(2025, 3, 4), LocalTime.of(9, 0), "ATTENDED"),
                session("s2", "INDIVIDUAL", LocalDate.of(2025, 3, 5), LocalTime.of(13, 30), "NO_SHOW"),
                session("s3", "GROUP", LocalDate.of(2025, 3, 6), LocalTime.of(9, 0), "EXCUSED"),
                session("s4", "DRUG_TEST", LocalDate.of(2025, 3, 7), null, "CANCELLED"),
                session("s5", "GROUP", LocalDate.of(2025, 3, 31), LocalTime.of(9, 0), "ATTENDED"),
                session("s6", "FOLLOW_UP", LocalDate.of(2025, 4, 14), LocalTime.of(10, 0), "PLANNED"));
    }

    static CourseExport course() {
        return new CourseExport(enrolment("ACTIVE"), "KBT 12 veckor", plan("ACTIVE", content()), sessions(),
                PERSONNUMMER_SYSTEM, PERSONNUMMER, "1984", "Arboga kommun", GENERATED);
    }

    static CourseExport anonymous() {
        CourseExport c = course();
        return new CourseExport(c.enrolment(), c.programmeName(), c.plan(), c.sessions(), null, null,
                c.providerCode(), c.providerName(), c.generatedAt());
    }

    static Stream<Arguments> variants() {
        CourseExport c = course();
        return Stream.of(Arguments.of("identified, active plan", c),
                Arguments.of("anonymous", anonymous()),
                Arguments.of("closed plan, completed enrolment",
                        new CourseExport(enrolment("COMPLETED"), c.programmeName(), plan("CLOSED", content()),
                                c.sessions(), PERSONNUMMER_SYSTEM, PERSONNUMMER, "1984", "Arboga kommun", GENERATED)),
                Arguments.of("plan without content", new CourseExport(c.enrolment(), c.programmeName(),
                        plan("ACTIVE", null), c.sessions(), null, null, "1984", "Arboga kommun", GENERATED)),
                Arguments.of("waiting, no plan, no sessions", new CourseExport(enrolment("WAITING"), null, null, null,
                        null, null, "1984", "Arboga kommun", GENERATED)),
                Arguments.of("provider is the commissioner", new CourseExport(c.enrolment(), c.programmeName(),
                        c.plan(), c.sessions(), PERSONNUMMER_SYSTEM, PERSONNUMMER, "1980", "Västerås stad",
                        GENERATED)));
    }

    // --- helpers ---

    static Bundle parse(String json) {
        IParser parser = ctx.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        return parser.parseResource(Bundle.class, json);
    }

    static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    static Map<String, Long> counts(Bundle bundle) {
        return bundle.getEntry().stream().collect(Collectors.groupingBy(e -> e.getResource().fhirType(),
                TreeMap::new, Collectors.counting()));
    }

    static Map<String, Resource> byUrl(Bundle bundle) {
        return bundle.getEntry().stream().collect(Collectors.toMap(Bundle.BundleEntryComponent::getFullUrl,
                Bundle.BundleEntryComponent::getResource));
    }

    static void collectReferences(JsonNode node, List<String> into) {
        node.fields().forEachRemaining(f -> {
            if ("reference".equals(f.getKey()) && f.getValue().isTextual()) {
                into.add(f.getValue().asText());
            } else {
                collectReferences(f.getValue(), into);
            }
        });
        if (node.isArray()) {
            node.forEach(n -> collectReferences(n, into));
        }
    }

    // --- tests ---

    /**
     * The validator's findings other than the one expected warning, dom-6 (a resource should have a narrative): the
     * export leaves narratives out on purpose, receivers render from the structured data.
     */
    static List<String> findings(String json) {
        ValidationResult result = validator.validateWithResult(json);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() != ResultSeverityEnum.WARNING || !m.getMessage().contains("dom-6"))
                .map(SingleValidationMessage::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void validatesAgainstR4(String name, CourseExport course) {
        String json = FhirExport.bundle(course);
        parse(json);
        assertEquals(List.of(), findings(json), json);
    }

    /** The validator is really at work: a booked appointment without an end breaks invariant app-3. */
    @Test
    void validatorRejectsABrokenBundle() {
        String json = FhirExport.bundle(course());
        String broken = json.replace("\"end\":\"2025-04-14T10:00:00+02:00\"", "\"minutesDuration\":60");
        assertNotEquals(json, broken);
        List<String> errors = validator.validateWithResult(broken).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR).map(SingleValidationMessage::getMessage)
                .toList();
        assertTrue(errors.stream().anyMatch(m -> m.contains("app-3")), errors.toString());
    }

    @Test
    void holdsOneResourcePerThingOfTheCourse() {
        Bundle bundle = parse(FhirExport.bundle(course()));
        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        assertEquals(GENERATED, bundle.getTimestamp().toInstant());
        assertEquals(Map.of("Appointment", 6L, "CarePlan", 1L, "Encounter", 2L, "EpisodeOfCare", 1L, "Goal", 5L,
                "Organization", 2L, "Patient", 1L), counts(bundle));
    }

    @Test
    void everyReferenceResolvesInsideTheBundle() throws Exception {
        String json = FhirExport.bundle(course());
        Bundle bundle = parse(json);
        Set<String> urls = byUrl(bundle).keySet();
        assertEquals(bundle.getEntry().size(), urls.size(), "full URLs are unique");
        urls.forEach(u -> assertTrue(u.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"), u));
        List<String> references = new ArrayList<>();
        collectReferences(new ObjectMapper().readTree(json), references);
        assertTrue(references.size() > 30, "references: " + references.size());
        for (String reference : references) {
            assertTrue(urls.contains(reference), reference + " resolves");
        }
    }

    @Test
    void referencesPointAtTheRightResources() {
        Bundle bundle = parse(FhirExport.bundle(course()));
        Map<String, Resource> byUrl = byUrl(bundle);
        Function<String, Resource> at = byUrl::get;
        EpisodeOfCare episode = all(bundle, EpisodeOfCare.class).get(0);
        Organization provider = (Organization) at.apply(episode.getManagingOrganization().getReference());
        assertEquals("Arboga kommun", provider.getName());
        assertTrue(at.apply(episode.getPatient().getReference()) instanceof Patient);

        CarePlan plan = all(bundle, CarePlan.class).get(0);
        assertTrue(at.apply(plan.getSubject().getReference()) instanceof Patient);
        assertEquals(provider, at.apply(plan.getAuthor().getReference()));
        assertEquals(5, plan.getGoal().size());
        plan.getGoal().forEach(g -> assertTrue(at.apply(g.getReference()) instanceof Goal));
        Set<String> commissioners = plan.getContributor().stream().map(r -> ((Organization) at.apply(r.getReference()))
                .getName()).collect(Collectors.toSet());
        assertEquals(Set.of("Arboga kommun", "Västerås stad"), commissioners);

        List<CarePlan.CarePlanActivityComponent> details = plan.getActivity().stream()
                .filter(CarePlan.CarePlanActivityComponent::hasDetail).toList();
        assertEquals(2, details.size());
        Goal served = (Goal) at.apply(details.get(1).getDetail().getGoalFirstRep().getReference());
        assertEquals("Egen bostad", served.getDescription().getText());
        Set<Resource> referenced = plan.getActivity().stream().filter(CarePlan.CarePlanActivityComponent::hasReference)
                .map(a -> at.apply(a.getReference().getReference())).collect(Collectors.toSet());
        assertEquals(new HashSet<>(all(bundle, Appointment.class)), referenced);

        for (Encounter encounter : all(bundle, Encounter.class)) {
            assertEquals(episode, at.apply(encounter.getEpisodeOfCareFirstRep().getReference()));
            Appointment appointment = (Appointment) at.apply(encounter.getAppointmentFirstRep().getReference());
            assertEquals(Appointment.AppointmentStatus.FULFILLED, appointment.getStatus());
            assertEquals(provider, at.apply(encounter.getServiceProvider().getReference()));
        }
    }

    @Test
    void carePlanCarriesThePlan() {
        Bundle bundle = parse(FhirExport.bundle(course()));
        CarePlan plan = all(bundle, CarePlan.class).get(0);
        assertEquals(CarePlan.CarePlanStatus.ACTIVE, plan.getStatus());
        assertEquals(CarePlan.CarePlanIntent.PLAN, plan.getIntent());
        assertEquals("KBT 12 veckor", plan.getTitle());
        assertEquals("Arbetslös sedan ett år, bor i andrahand.", plan.getDescription());
        assertEquals("2025-03-03", plan.getPeriod().getStartElement().getValueAsString());
        assertEquals(Instant.parse("2025-03-03T09:15:00Z"), plan.getCreated().toInstant());
        assertEquals("plan-1", plan.getIdentifierFirstRep().getValue());
        CarePlan.CarePlanActivityDetailComponent first = plan.getActivityFirstRep().getDetail();
        assertEquals("Gruppsession KBT", first.getCode().getText());
        assertEquals("Behandlare; Tre gånger i veckan; Enligt manual", first.getDescription());
        assertEquals(CarePlan.CarePlanActivityStatus.INPROGRESS, first.getStatus());
        assertEquals("Klienten med kontaktperson; –; Boplats", plan.getActivity().get(1).getDetail().getDescription());

        List<String> goals = all(bundle, Goal.class).stream().map(g -> g.getDescription().getText()).toList();
        assertEquals(List.of("Drogfrihet", "Egen bostad", "Inga positiva drogtester", "Söka tre lägenheter",
                "Delta i gruppen"), goals);
        all(bundle, Goal.class).forEach(g -> assertEquals(Goal.GoalLifecycleStatus.ACTIVE, g.getLifecycleStatus()));
    }

    @Test
    void closedPlanIsCompleted() {
        CourseExport c = course();
        Bundle bundle = parse(FhirExport.bundle(new CourseExport(c.enrolment(), c.programmeName(),
                plan("CLOSED", content()), c.sessions(), null, null, "1984", "Arboga kommun", GENERATED)));
        CarePlan plan = all(bundle, CarePlan.class).get(0);
        assertEquals(CarePlan.CarePlanStatus.COMPLETED, plan.getStatus());
        all(bundle, Goal.class).forEach(g -> assertEquals(Goal.GoalLifecycleStatus.COMPLETED, g.getLifecycleStatus()));
        plan.getActivity().stream().filter(CarePlan.CarePlanActivityComponent::hasDetail)
                .forEach(a -> assertEquals(CarePlan.CarePlanActivityStatus.COMPLETED, a.getDetail().getStatus()));
    }

    @Test
    void planNotYetStartedHasActivitiesNotStarted() {
        CourseExport c = course();
        Bundle bundle = parse(FhirExport.bundle(new CourseExport(c.enrolment(), c.programmeName(), c.plan(),
                c.sessions(), null, null, "1984", "Arboga kommun", Instant.parse("2025-03-02T12:00:00Z"))));
        all(bundle, CarePlan.class).get(0).getActivity().stream().filter(CarePlan.CarePlanActivityComponent::hasDetail)
                .forEach(a -> assertEquals(CarePlan.CarePlanActivityStatus.NOTSTARTED, a.getDetail().getStatus()));
    }

    @Test
    void planWithoutContentHasTheDecisionGoals() {
        CourseExport c = course();
        Bundle bundle = parse(FhirExport.bundle(new CourseExport(c.enrolment(), c.programmeName(),
                plan("ACTIVE", null), c.sessions(), null, null, "1984", "Arboga kommun", GENERATED)));
        assertEquals(List.of("Drogfrihet", "Egen bostad"),
                all(bundle, Goal.class).stream().map(g -> g.getDescription().getText()).toList());
        CarePlan plan = all(bundle, CarePlan.class).get(0);
        assertFalse(plan.hasDescription());
        assertEquals(6, plan.getActivity().size(), "the appointments only");
    }

    @Test
    void noPlanMeansNoCarePlanOrGoals() {
        CourseExport c = course();
        Bundle bundle = parse(FhirExport.bundle(new CourseExport(c.enrolment(), c.programmeName(), null,
                c.sessions(), null, null, "1984", "Arboga kommun", GENERATED)));
        Map<String, Long> counts = counts(bundle);
        assertFalse(counts.containsKey("CarePlan"));
        assertFalse(counts.containsKey("Goal"));
        assertEquals(6L, counts.get("Appointment"));
    }

    @ParameterizedTest
    @CsvSource({ "WAITING, WAITLIST", "ACTIVE, ACTIVE", "COMPLETED, FINISHED", "DISCHARGED, FINISHED",
            "DROPPED_OUT, FINISHED" })
    void enrolmentStatusBecomesEpisodeStatus(String status, EpisodeOfCare.EpisodeOfCareStatus expected) {
        CourseExport c = course();
        Bundle bundle = parse(FhirExport.bundle(new CourseExport(enrolment(status), c.programmeName(), null, List.of(),
                null, null, "1984", "Arboga kommun", GENERATED)));
        EpisodeOfCare episode = all(bundle, EpisodeOfCare.class).get(0);
        assertEquals(expected, episode.getStatus());
        assertEquals("KBT 12 veckor", episode.getTypeFirstRep().getText());
        assertEquals("enr-1", episode.getIdentifierFirstRep().getValue());
        if (!"WAITING".equals(status)) {
            assertEquals("2025-03-03", episode.getPeriod().getStartElement().getValueAsString());
            assertEquals("2025-05-25", episode.getPeriod().getEndElement().getValueAsString());
        } else {
            assertFalse(episode.hasPeriod());
        }
    }

    @ParameterizedTest
    @CsvSource({ "PLANNED, BOOKED, ACCEPTED, 0", "ATTENDED, FULFILLED, ACCEPTED, 1", "NO_SHOW, NOSHOW, ACCEPTED, 0",
            "CANCELLED, CANCELLED, ACCEPTED, 0", "EXCUSED, CANCELLED, DECLINED, 0" })
    void sessionStatusBecomesAppointmentStatus(String status, Appointment.AppointmentStatus expected,
            Appointment.ParticipationStatus participant, int encounters) {
        CourseExport c = course();
        SessionView s = session("x", "GROUP", LocalDate.of(2025, 3, 4), LocalTime.of(9, 0), status);
        Bundle bundle = parse(FhirExport.bundle(new CourseExport(c.enrolment(), c.programmeName(), null, List.of(s),
                null, null, "1984", "Arboga kommun", GENERATED)));
        Appointment appointment = all(bundle, Appointment.class).get(0);
        assertEquals(expected, appointment.getStatus());
        assertEquals(participant, appointment.getParticipantFirstRep().getStatus());
        assertTrue(appointment.getParticipantFirstRep().getActor().getReference().startsWith("urn:uuid:"));
        assertEquals("GROUP", appointment.getServiceTypeFirstRep().getText());
        assertEquals(encounters, all(bundle, Encounter.class).size());
    }

    @Test
    void unknownStatusesAreRejected() {
        CourseExport c = course();
        assertThrows(IllegalArgumentException.class, () -> FhirExport.bundle(new CourseExport(enrolment("PAUSED"),
                "x", null, List.of(), null, null, "1984", "Arboga kommun", GENERATED)));
        SessionView odd = session("x", "GROUP", LocalDate.of(2025, 3, 4), LocalTime.of(9, 0), "MAYBE");
        assertThrows(IllegalArgumentException.class, () -> FhirExport.bundle(new CourseExport(c.enrolment(), "x",
                null, List.of(odd), null, null, "1984", "Arboga kommun", GENERATED)));
    }

    @Test
    void sessionTimesAreStockholmTimeWithTheirOffset() {
        Bundle bundle = parse(FhirExport.bundle(course()));
        Map<String, Appointment> bySession = all(bundle, Appointment.class).stream()
                .collect(Collectors.toMap(a -> a.getIdentifierFirstRep().getValue(), a -> a));
        assertEquals("2025-03-04T09:00:00+01:00", bySession.get("s1").getStartElement().getValueAsString());
        assertEquals("2025-03-04T09:00:00+01:00", bySession.get("s1").getEndElement().getValueAsString());
        // Summer time began on 30 March 2025.
        assertEquals("2025-03-31T09:00:00+02:00", bySession.get("s5").getStartElement().getValueAsString());
        assertEquals("2025-03-07T00:00:00+01:00", bySession.get("s4").getStartElement().getValueAsString());
        assertEquals("2025-03-08T00:00:00+01:00", bySession.get("s4").getEndElement().getValueAsString());
        assertEquals("Återbud", bySession.get("s3").getCancelationReason().getText());
        assertEquals("Inställd", bySession.get("s4").getCancelationReason().getText());

        Encounter encounter = all(bundle, Encounter.class).get(0);
        assertEquals(Encounter.EncounterStatus.FINISHED, encounter.getStatus());
        assertEquals("http://terminology.hl7.org/CodeSystem/v3-ActCode", encounter.getClass_().getSystem());
        assertEquals("AMB", encounter.getClass_().getCode());
        assertEquals("2025-03-04T09:00:00+01:00", encounter.getPeriod().getStartElement().getValueAsString());
        assertEquals("GROUP", encounter.getServiceType().getText());
    }

    @Test
    void identifiedClientHasTheIdentityNumberOnly() {
        Bundle bundle = parse(FhirExport.bundle(course()));
        Patient patient = all(bundle, Patient.class).get(0);
        assertEquals(1, patient.getIdentifier().size());
        assertEquals(PERSONNUMMER_SYSTEM, patient.getIdentifierFirstRep().getSystem());
        assertEquals(PERSONNUMMER, patient.getIdentifierFirstRep().getValue());
        assertNoPersonalData(patient);
    }

    @Test
    void bareOidSystemBecomesUrnOid() {
        CourseExport c = course();
        Bundle bundle = parse(FhirExport.bundle(new CourseExport(c.enrolment(), c.programmeName(), null, List.of(),
                "1.2.752.129.2.1.3.1", PERSONNUMMER, "1984", "Arboga kommun", GENERATED)));
        assertEquals("urn:oid:1.2.752.129.2.1.3.1",
                all(bundle, Patient.class).get(0).getIdentifierFirstRep().getSystem());
    }

    @Test
    void anonymousClientHasThePseudonymOnly() {
        String json = FhirExport.bundle(anonymous());
        Bundle bundle = parse(json);
        Patient patient = all(bundle, Patient.class).get(0);
        assertEquals(1, patient.getIdentifier().size());
        assertEquals(FhirExport.ANONYMOUS_SYSTEM, patient.getIdentifierFirstRep().getSystem());
        assertEquals("person-7f3a", patient.getIdentifierFirstRep().getValue());
        assertNoPersonalData(patient);
        assertFalse(json.contains(PERSONNUMMER), json);
        assertFalse(json.contains("electronichealth"), json);
        assertFalse(json.contains("Aktiv i gruppen"), "attendance notes stay out");
        // The same person gets the same Patient URL whether identified or not: it is keyed by the pseudonym.
        assertEquals(bundle.getEntryFirstRep().getFullUrl(), parse(FhirExport.bundle(course())).getEntryFirstRep()
                .getFullUrl());
    }

    static void assertNoPersonalData(Patient patient) {
        assertFalse(patient.hasName());
        assertFalse(patient.hasBirthDate());
        assertFalse(patient.hasGender());
        assertFalse(patient.hasTelecom());
        assertFalse(patient.hasAddress());
        assertFalse(patient.hasContact());
    }

    @Test
    void organizationsCarryMunicipalityCodes() {
        Bundle bundle = parse(FhirExport.bundle(course()));
        Map<String, String> codes = all(bundle, Organization.class).stream().collect(Collectors.toMap(
                Organization::getName, o -> o.getIdentifierFirstRep().getSystem() + "|"
                        + o.getIdentifierFirstRep().getValue()));
        assertEquals(Map.of("Arboga kommun", FhirExport.MUNICIPALITY_SYSTEM + "|1984", "Västerås stad",
                FhirExport.MUNICIPALITY_SYSTEM + "|1980"), codes);
    }

    @Test
    void providerThatIsTheCommissionerIsOneOrganization() {
        CourseExport c = course();
        Bundle bundle = parse(FhirExport.bundle(new CourseExport(c.enrolment(), c.programmeName(), c.plan(),
                c.sessions(), null, null, "1980", "Västerås stad", GENERATED)));
        assertEquals(1, all(bundle, Organization.class).size());
        assertEquals(1, all(bundle, CarePlan.class).get(0).getContributor().size());
    }

    @Test
    void sameCourseExportsIdentically() {
        String first = FhirExport.bundle(course());
        assertEquals(first, FhirExport.bundle(course()));
        CourseExport c = course();
        List<SessionView> shuffled = new ArrayList<>(c.sessions());
        Collections.reverse(shuffled);
        assertEquals(first, FhirExport.bundle(new CourseExport(c.enrolment(), c.programmeName(), c.plan(), shuffled,
                c.identifierSystem(), c.identifierValue(), c.providerCode(), c.providerName(), c.generatedAt())),
                "session order does not matter");
        String later = FhirExport.bundle(new CourseExport(c.enrolment(), c.programmeName(), c.plan(), c.sessions(),
                c.identifierSystem(), c.identifierValue(), c.providerCode(), c.providerName(),
                GENERATED.plusSeconds(60)));
        assertNotEquals(first, later);
        assertEquals(parse(first).getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList(),
                parse(later).getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList(),
                "entries keep their URLs across exports");
    }
}

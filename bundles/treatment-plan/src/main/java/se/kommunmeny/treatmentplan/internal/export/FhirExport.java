package se.kommunmeny.treatmentplan.internal.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.kommunmeny.treatmentplan.api.EnrolmentView;
import se.kommunmeny.treatmentplan.api.PlanContent;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.treatmentplan.api.SessionView;

/**
 * Exports a client's course as an HL7 FHIR R4 {@code Bundle} of type {@code collection}, for integrators.
 *
 * <p>The bundle holds a Patient (an identifier only: the identity number, or for an anonymous client the
 * pseudonymous person reference), an Organization for the provider and one for the commissioner (one only when they
 * are the same municipality), an EpisodeOfCare for the enrolment, a CarePlan with its Goals when there is a plan, an
 * Appointment per session and an Encounter per attended session. Every entry has a {@code urn:uuid} full URL derived
 * from a stable key, and references use those URLs, so the same course always exports to the same text.
 *
 * <p>Sessions record a start but no end, while R4 requires both for booked, fulfilled and no-show appointments
 * (invariant app-3). An appointment with a start time therefore ends at its start (only the start is known); one
 * without a start time spans its whole day. Encounters carry the start only.
 */
public final class FhirExport {
    /** Identifier system for a client known only by the pseudonymous person reference. */
    public static final String ANONYMOUS_SYSTEM = "urn:se:kommunmeny:anonymous-code";
    /**
     * Identifier system for municipality codes. INTEROP.md names no FHIR system or OID for Swedish (or Danish)
     * municipality codes, so a Kommunmeny URN is used rather than an unverified OID.
     */
    public static final String MUNICIPALITY_SYSTEM = "urn:se:kommunmeny:municipality-code";
    /** Identifier system for enrolment ids (on the EpisodeOfCare). */
    public static final String ENROLMENT_SYSTEM = "urn:se:kommunmeny:enrolment-id";
    /** Identifier system for plan ids (on the CarePlan). */
    public static final String PLAN_SYSTEM = "urn:se:kommunmeny:plan-id";
    /** Identifier system for session ids (on the Appointment and the Encounter). */
    public static final String SESSION_SYSTEM = "urn:se:kommunmeny:session-id";
    /** Where session dates and times are local. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    static final String ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)));
    private static final DateTimeFormatter OFFSET_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern BARE_OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
    private static final Comparator<SessionView> SESSION_ORDER = Comparator
            .comparing(SessionView::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SessionView::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SessionView::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private FhirExport() {
    }

    /** The client's course as a FHIR R4 Bundle of type "collection", as JSON text. */
    public static String bundle(CourseExport course) {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(course.enrolment(), "course.enrolment");
        Objects.requireNonNull(course.generatedAt(), "course.generatedAt");
        try {
            return MAPPER.writeValueAsString(new Writer(course).bundle());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /** EpisodeOfCare.status for an enrolment status. */
    static String episodeStatus(String enrolmentStatus) {
        return switch (String.valueOf(enrolmentStatus)) {
            case "WAITING" -> "waitlist";
            case "ACTIVE" -> "active";
            case "COMPLETED", "DISCHARGED", "DROPPED_OUT" -> "finished";
            default -> throw new IllegalArgumentException("Unknown enrolment status " + enrolmentStatus);
        };
    }

    /** Appointment.status for a session status. */
    static String appointmentStatus(String sessionStatus) {
        return switch (String.valueOf(sessionStatus)) {
            case "PLANNED" -> "booked";
            case "ATTENDED" -> "fulfilled";
            case "NO_SHOW" -> "noshow";
            case "CANCELLED", "EXCUSED" -> "cancelled";
            default -> throw new IllegalArgumentException("Unknown session status " + sessionStatus);
        };
    }

    /** The deterministic full URL of a resource of a type, from a key that is stable across exports. */
    static String fullUrl(String resourceType, String key) {
        byte[] name = ("kommunmeny:fhir:" + resourceType + ":" + key).getBytes(StandardCharsets.UTF_8);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
    }

    /** Builds the bundle for one course. */
    private static final class Writer {
        private final CourseExport course;
        private final EnrolmentView enrolment;
        private final ArrayNode entries = MAPPER.createArrayNode();
        private final LocalDate today;
        private String patient;
        private String provider;
        private String episode;

        Writer(CourseExport course) {
            this.course = course;
            this.enrolment = course.enrolment();
            this.today = course.generatedAt().atZone(ZONE).toLocalDate();
        }

        ObjectNode bundle() {
            patient = patient();
            provider = organization(course.providerCode(), course.providerName());
            String commissioner = organization(enrolment.commissionerCode(), enrolment.commissionerName());
            episode = episodeOfCare();
            List<SessionView> sessions = sessions();
            // The plan comes before the calendar; appointment URLs derive from session ids, so the plan can
            // reference appointments written after it.
            if (course.plan() != null) {
                carePlan(course.plan(), commissioner,
                        sessions.stream().map(s -> fullUrl("Appointment", s.id())).toList());
            }
            for (SessionView s : sessions) {
                String appointment = appointment(s);
                if ("ATTENDED".equals(s.status())) {
                    encounter(s, appointment);
                }
            }

            ObjectNode bundle = MAPPER.createObjectNode();
            bundle.put("resourceType", "Bundle");
            ObjectNode identifier = bundle.putObject("identifier");
            identifier.put("system", "urn:ietf:rfc:3986");
            identifier.put("value", fullUrl("Bundle", enrolment.id() + "@" + course.generatedAt()));
            bundle.put("type", "collection");
            bundle.put("timestamp", instant(course.generatedAt()));
            bundle.set("entry", entries);
            return bundle;
        }

        private List<SessionView> sessions() {
            List<SessionView> sessions = new ArrayList<>();
            if (course.sessions() != null) {
                course.sessions().stream().filter(Objects::nonNull).forEach(sessions::add);
            }
            sessions.sort(SESSION_ORDER);
            return sessions;
        }

        private String patient() {
            ObjectNode p = resource("Patient");
            boolean identified = notBlank(course.identifierSystem()) && notBlank(course.identifierValue());
            ObjectNode id = p.putArray("identifier").addObject();
            if (identified) {
                id.put("use", "official");
                id.put("system", uri(course.identifierSystem()));
                id.put("value", course.identifierValue());
            } else {
                id.put("system", ANONYMOUS_SYSTEM);
                id.put("value", enrolment.personRef());
            }
            // Keyed by the pseudonymous reference, never the identity number, so the URL reveals nothing.
            return add(fullUrl("Patient", String.valueOf(enrolment.personRef())), p);
        }

        /** An Organization for a municipality, or the URL of the one already written for the same code. */
        private String organization(String code, String name) {
            String url = fullUrl("Organization", notBlank(code) ? "code:" + code : "name:" + name);
            for (var entry : entries) {
                if (url.equals(entry.path("fullUrl").asText())) {
                    return url;
                }
            }
            ObjectNode o = resource("Organization");
            if (notBlank(code)) {
                ObjectNode id = o.putArray("identifier").addObject();
                id.put("system", MUNICIPALITY_SYSTEM);
                id.put("value", code);
            }
            if (notBlank(name) || !notBlank(code)) {
                o.put("name", orDash(name)); // org-1: a name or an identifier
            }
            return add(url, o);
        }

        private String episodeOfCare() {
            ObjectNode e = resource("EpisodeOfCare");
            identifier(e, ENROLMENT_SYSTEM, enrolment.id());
            e.put("status", episodeStatus(enrolment.status()));
            concept(e.putArray("type").addObject(), course.programmeName());
            reference(e, "patient", patient);
            reference(e, "managingOrganization", provider);
            period(e, date(enrolment.grantedFrom()), date(enrolment.grantedTo()));
            return add(fullUrl("EpisodeOfCare", enrolment.id()), e);
        }

        private void carePlan(PlanView plan, String commissioner, List<String> appointments) {
            boolean closed = "CLOSED".equals(plan.status());
            PlanContent content = plan.content();
            Map<String, String> goalsByText = new HashMap<>();
            List<ObjectNode> goalResources = new ArrayList<>();
            List<String> goalUrls = new ArrayList<>();
            if (content != null) {
                goals(plan, "long-term", "Långsiktigt mål", content.longTermGoals(), closed, goalsByText, goalUrls,
                        goalResources);
                goals(plan, "sub", "Delmål", content.subGoals(), closed, goalsByText, goalUrls, goalResources);
            } else {
                goals(plan, "decision", "Mål enligt beslut", plan.goals(), closed, goalsByText, goalUrls,
                        goalResources);
            }

            ObjectNode c = resource("CarePlan");
            identifier(c, PLAN_SYSTEM, plan.id());
            c.put("status", closed ? "completed" : "active");
            c.put("intent", "plan");
            text(c, "title", course.programmeName());
            text(c, "description", content == null ? null : content.startSituation());
            reference(c, "subject", patient);
            period(c, date(plan.startDate()), null);
            if (plan.createdAt() != null) {
                c.put("created", instant(plan.createdAt()));
            }
            reference(c, "author", provider);
            // The goals come from the commissioner's decision; the provider writes the plan.
            ArrayNode contributors = c.putArray("contributor");
            contributors.addObject().put("reference", provider);
            if (!commissioner.equals(provider)) {
                contributors.addObject().put("reference", commissioner);
            }
            if (!goalUrls.isEmpty()) {
                ArrayNode goalRefs = c.putArray("goal");
                goalUrls.forEach(g -> goalRefs.addObject().put("reference", g));
            }
            ArrayNode activities = MAPPER.createArrayNode();
            String activityStatus = closed ? "completed"
                    : plan.startDate() != null && !plan.startDate().isAfter(today) ? "in-progress" : "not-started";
            if (content != null && content.activities() != null) {
                for (PlanContent.Activity a : content.activities()) {
                    if (a != null) {
                        activities.add(activity(a, activityStatus, goalsByText));
                    }
                }
            }
            for (String appointment : appointments) {
                activities.addObject().putObject("reference").put("reference", appointment);
            }
            if (!activities.isEmpty()) {
                c.set("activity", activities);
            }
            add(fullUrl("CarePlan", plan.id()), c);
            for (int i = 0; i < goalResources.size(); i++) {
                add(goalUrls.get(i), goalResources.get(i));
            }
        }

        private void goals(PlanView plan, String key, String category, List<String> texts, boolean closed,
                Map<String, String> byText, List<String> urls, List<ObjectNode> resources) {
            if (texts == null) {
                return;
            }
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                if (!notBlank(text)) {
                    continue;
                }
                ObjectNode g = resource("Goal");
                g.put("lifecycleStatus", closed ? "completed" : "active");
                concept(g.putArray("category").addObject(), category);
                concept(g.putObject("description"), text);
                reference(g, "subject", patient);
                String url = fullUrl("Goal", plan.id() + ":" + key + ":" + i);
                byText.putIfAbsent(text, url);
                urls.add(url);
                resources.add(g);
            }
        }

        private ObjectNode activity(PlanContent.Activity a, String status, Map<String, String> goalsByText) {
            ObjectNode activity = MAPPER.createObjectNode();
            ObjectNode detail = activity.putObject("detail");
            if (notBlank(a.what())) {
                concept(detail.putObject("code"), a.what());
            }
            String goal = a.goal() == null ? null : goalsByText.get(a.goal());
            if (goal != null) {
                detail.putArray("goal").addObject().put("reference", goal);
            }
            detail.put("status", status);
            if (notBlank(a.who()) || notBlank(a.when()) || notBlank(a.how())) {
                detail.put("description", orDash(a.who()) + "; " + orDash(a.when()) + "; " + orDash(a.how()));
            }
            return activity;
        }

        private String appointment(SessionView s) {
            ObjectNode a = resource("Appointment");
            identifier(a, SESSION_SYSTEM, s.id());
            String status = appointmentStatus(s.status());
            a.put("status", status);
            if ("EXCUSED".equals(s.status())) {
                concept(a.putObject("cancelationReason"), "Återbud");
            } else if ("CANCELLED".equals(s.status())) {
                concept(a.putObject("cancelationReason"), "Inställd");
            }
            concept(a.putArray("serviceType").addObject(), s.kind());
            text(a, "description", s.theme());
            if (s.date() != null) {
                ZonedDateTime start = s.date().atTime(s.startTime() == null ? LocalTime.MIDNIGHT : s.startTime())
                        .atZone(ZONE);
                ZonedDateTime end = s.startTime() == null ? s.date().plusDays(1).atStartOfDay(ZONE) : start;
                a.put("start", start.format(OFFSET_DATE_TIME));
                a.put("end", end.format(OFFSET_DATE_TIME));
            }
            ObjectNode participant = a.putArray("participant").addObject();
            reference(participant, "actor", patient);
            participant.put("status", "EXCUSED".equals(s.status()) ? "declined" : "accepted");
            return add(fullUrl("Appointment", s.id()), a);
        }

        private void encounter(SessionView s, String appointment) {
            ObjectNode e = resource("Encounter");
            identifier(e, SESSION_SYSTEM, s.id());
            e.put("status", "finished");
            ObjectNode cls = e.putObject("class");
            cls.put("system", ACT_CODE_SYSTEM);
            cls.put("code", "AMB");
            cls.put("display", "ambulatory");
            concept(e.putObject("serviceType"), s.kind());
            reference(e, "subject", patient);
            e.putArray("episodeOfCare").addObject().put("reference", episode);
            e.putArray("appointment").addObject().put("reference", appointment);
            if (s.date() != null) {
                String start = s.startTime() == null ? date(s.date())
                        : s.date().atTime(s.startTime()).atZone(ZONE).format(OFFSET_DATE_TIME);
                period(e, start, null);
            }
            reference(e, "serviceProvider", provider);
            add(fullUrl("Encounter", s.id()), e);
        }

        private String add(String url, ObjectNode resource) {
            ObjectNode entry = entries.addObject();
            entry.put("fullUrl", url);
            entry.set("resource", resource);
            return url;
        }
    }

    private static ObjectNode resource(String type) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("resourceType", type);
        return r;
    }

    private static void identifier(ObjectNode resource, String system, String value) {
        if (notBlank(value)) {
            ObjectNode id = resource.putArray("identifier").addObject();
            id.put("system", system);
            id.put("value", value);
        }
    }

    private static void reference(ObjectNode node, String field, String url) {
        node.putObject(field).put("reference", url);
    }

    /** A CodeableConcept with text only; FHIR allows no empty strings, so a missing text becomes a dash. */
    private static void concept(ObjectNode node, String text) {
        node.put("text", orDash(text));
    }

    private static void text(ObjectNode node, String field, String value) {
        if (notBlank(value)) {
            node.put(field, value);
        }
    }

    private static void period(ObjectNode node, String start, String end) {
        if (start != null || end != null) {
            ObjectNode period = node.putObject("period");
            if (start != null) {
                period.put("start", start);
            }
            if (end != null) {
                period.put("end", end);
            }
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** A system as a URI: a bare OID such as {@code 1.2.752.129.2.1.3.1} becomes {@code urn:oid:…}. */
    private static String uri(String system) {
        return BARE_OID.matcher(system).matches() ? "urn:oid:" + system : system;
    }

    private static String orDash(String s) {
        return notBlank(s) ? s : "–";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Purchasing between two municipalities, each on its own platform: two Karaf processes with their own data, on
 * loopback ports, started from the distribution as an operator starts it. Sala sells places in its 12-step treatment
 * to Heby. The test walks the agreement, Heby's order (sent while Sala's platform is down, delivered when it is back,
 * exactly once), Sala's acceptance and the start, the change to half time, notice, hours and a drug test, the end, the
 * implementation plan and the monthly and closing reports flowing back to Heby's case officer only, the month's
 * invoice (Peppol BIS Billing 3.0, validated by the official rules) and Heby's reconciliation, a credit note and a
 * new invoice, the costs — and the refusals: wrong credentials, a forged signature, a sender that is not the caller,
 * another municipality's order, a service not sold, a duplicated message, overlapping placements, short notice, money
 * with three decimals, a month already invoiced. On embedded Derby and on PostgreSQL (one database per platform).
 * Two Karaf processes at once: the only test class that needs more than one.
 */
@RunWith(Parameterized.class)
public class PurchasingFederationIT extends KommunmenyTestSupport {
    private static final String SALA_CODE = "1981";
    private static final String HEBY_CODE = "0331";
    private static final String KOPING_CODE = "1983";
    private static final String AGREEMENT = "SALA-HEBY-12STEG";
    private static final String SERVICE = "treatment-plan/kbt-12";
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"derby"}, new Object[] {"postgresql"});
    }

    private final String database;
    private final List<KarafProcess> started = new ArrayList<>();
    private PostgresServer server;
    private KarafProcess sala;
    private KarafProcess heby;
    private KarafProcess active;

    public PurchasingFederationIT(String database) {
        this.database = database;
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + active.httpPort() + "/kommunmeny";
    }

    /** The platform the next requests go to. */
    private void at(KarafProcess platform) {
        active = platform;
    }

    @After
    public void stopAll() throws InterruptedException {
        for (KarafProcess k : started) {
            k.stop();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    public void aPlacementIsBoughtOrderedChangedEndedReportedInvoicedAndReconciledBetweenTwoPlatforms()
            throws Exception {
        YearMonth month = YearMonth.now(ZONE).minusMonths(1);
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "purchasing-" + database);
        if (database.equals("postgresql")) {
            server = PostgresServer.start();
            server.createDatabase("sala");
            server.createDatabase("heby");
        }
        Map<String, String> salaUsers = new HashMap<>(USERS);
        salaUsers.put("heby", "partner");
        salaUsers.put("koping", "partner");
        sala = platform(dir.resolve("sala"), salaUsers, SALA_CODE, "Sala", "V\\u00e4stmanlands l\\u00e4n",
                "2120002080", "treatment-plan, purchasing", "sala");
        Map<String, String> hebyUsers = new HashMap<>(USERS);
        hebyUsers.put("sala", "partner");
        hebyUsers.put("hugo", "handlaggare");
        heby = platform(dir.resolve("heby"), hebyUsers, HEBY_CODE, "Heby", "Uppsala l\\u00e4n", "2120000308",
                "purchasing", "heby");
        // Heby's own outpatient treatment and what it costs a month, to compare with what it buys.
        heby.write("se.kommunmeny.menu.entry-oppenvard.cfg", "id = oppenvard\nname = \\u00d6ppenv\\u00e5rd\n"
                + "type = TREATING\ntargetGroups = ADULT_MEN, ADULT_WOMEN\ncapacity = 10\nproviderKind = OWN\n");
        heby.write("se.kommunmeny.purchasing.owncost-oppenvard.cfg", "serviceId = configured/oppenvard\n"
                + "monthlyCost = 310000.00\n");
        sala.start();
        heby.start();
        awaitPurchasing(sala);
        awaitPurchasing(heby);

        // ---------------------------------------------------------------- partners and the agreement
        at(sala);
        JsonNode salaIdentity = parse(get(ENHETSCHEF, "/api/purchasing/federation/identity"));
        assertEquals(SALA_CODE, salaIdentity.get("municipalityCode").asText());
        at(heby);
        JsonNode hebyIdentity = parse(get(ENHETSCHEF, "/api/purchasing/federation/identity"));
        assertFalse(hebyIdentity.get("publicKey").asText().equals(salaIdentity.get("publicKey").asText()));

        String salaAtHeby = created(post(ENHETSCHEF, "/api/purchasing/partners", toJson(partner(SALA_CODE, "Sala",
                "2120002080", sala, "heby", salaIdentity.get("publicKey").asText(), "sala", "SOAP"))));
        at(sala);
        String hebyAtSala = created(post(ENHETSCHEF, "/api/purchasing/partners", toJson(partner(HEBY_CODE, "Heby",
                "2120000308", heby, "sala", hebyIdentity.get("publicKey").asText(), "heby", "REST"))));
        // Köping is another partner of Sala's, with a key of its own (made here; Köping runs no platform in the test).
        KeyPair koping = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        created(post(ENHETSCHEF, "/api/purchasing/partners", toJson(partner(KOPING_CODE, "K\u00f6ping", "2120002445",
                heby, "sala", Base64.getEncoder().encodeToString(koping.getPublic().getEncoded()), "koping", "REST"))));

        // Money with three decimals is refused, and nothing is registered.
        Map<String, Object> price = new LinkedHashMap<>(olivia());
        price.put("monthFullTime", new BigDecimal("17500.005"));
        Answer threeDecimals = post(ENHETSCHEF, "/api/purchasing/agreements", toJson(agreement(hebyAtSala, "SELL",
                price, month)));
        assertEquals(threeDecimals.body(), 400, threeDecimals.status());
        assertTrue(threeDecimals.body(), threeDecimals.body().contains("more than two decimals"));
        assertEquals(0, parse(get(ENHETSCHEF, "/api/purchasing/agreements")).size());

        String sellAgreement = created(post(ENHETSCHEF, "/api/purchasing/agreements",
                toJson(agreement(hebyAtSala, "SELL", olivia(), month))));
        at(heby);
        String buyAgreement = created(post(ENHETSCHEF, "/api/purchasing/agreements",
                toJson(agreement(salaAtHeby, "BUY", olivia(), month))));

        // The bought service is on Heby's menu, provided by Sala, with Sala's free places and the time of reading.
        await("Sala's free places on Heby's menu", Duration.ofSeconds(60), () -> {
            JsonNode entry = menuEntry("purchasing/" + AGREEMENT);
            return entry != null && !entry.path("freePlaces").isNull() && !entry.path("freePlacesReadAt").isNull();
        });
        JsonNode bought = menuEntry("purchasing/" + AGREEMENT);
        assertEquals("Sala", bought.get("provider").get("name").asText());
        assertEquals("PURCHASED", bought.get("provider").get("kind").asText());
        assertTrue(get(HANDLAGGARE, "/api/menu/html").body().contains("Tolvstegsbehandling"));

        // ---------------------------------------------------------------- refusals at the federation's door
        at(sala);
        FederationClient asHeby = new FederationClient("heby", privateKey(heby), HEBY_CODE);
        String ghostOrder = UUID.randomUUID().toString();
        // Wrong credentials.
        Answer wrongPassword = send(request(null, "/api/purchasing/federation/messages")
                .header("Authorization", basic("heby", "not-the-password")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(asHeby.message("ORDER", ghostOrder,
                        orderPayload("Fel", "Losen", month.atDay(3), "kbt"))))
                .build());
        assertEquals(401, wrongPassword.status());
        // A forged signature: signed with a key that is not Heby's registered one.
        FederationClient forger = new FederationClient("heby", koping.getPrivate(), HEBY_CODE);
        Answer forged = forger.post(this, "ORDER", ghostOrder, orderPayload("Falsk", "Signatur", month.atDay(3),
                SERVICE));
        assertEquals(forged.body(), 403, forged.status());
        assertTrue(forged.body(), forged.body().contains("signature"));
        // Heby's user claiming to be Köping.
        FederationClient claiming = new FederationClient("heby", privateKey(heby), KOPING_CODE);
        assertEquals(403, claiming.post(this, "ORDER", ghostOrder, orderPayload("Fel", "Avsandare", month.atDay(3),
                SERVICE)).status());
        // A service Sala does not sell under the agreement.
        Answer notSold = asHeby.post(this, "ORDER", ghostOrder, orderPayload("Ej", "Saljs", month.atDay(3),
                "treatment-plan/annat"));
        assertEquals(notSold.body(), 400, notSold.status());
        assertTrue(notSold.body(), notSold.body().contains("is not sold under agreement"));
        assertEquals(0, parse(get(ENHETSCHEF, "/api/purchasing/placements")).size());
        // A duplicated message changes nothing the second time.
        String duplicateOrder = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        String body = asHeby.message(messageId, "ORDER", duplicateOrder, orderPayload("Dubbel", "Order",
                month.atDay(3), SERVICE));
        assertEquals(200, asHeby.postRaw(this, body).status());
        Answer again = asHeby.postRaw(this, body);
        assertEquals(again.body(), 409, again.status());
        assertTrue(again.body(), again.body().contains("duplicate-message"));
        assertEquals(1, countWhere(parse(get(ENHETSCHEF, "/api/purchasing/placements")), "orderRef", duplicateOrder));
        // Köping's platform asking about Heby's order: no such order between Sala and Köping.
        FederationClient asKoping = new FederationClient("koping", koping.getPrivate(), KOPING_CODE);
        Answer foreign = asKoping.post(this, "NOTICE", duplicateOrder, "{\"givenOn\":\"" + month.atDay(5)
                + "\",\"endDate\":\"" + month.atDay(28) + "\"}");
        assertEquals(foreign.body(), 404, foreign.status());
        assertEquals(null, parse(get(ENHETSCHEF, "/api/purchasing/placements")).get(0).get("noticeGivenOn")
                .textValue());
        // The refusals are in Sala's audit log, under the calling users.
        JsonNode refusals = parse(post(LOGGRANSKARE, "/api/audit/query", "{\"user\":\"heby\",\"limit\":50}"));
        assertTrue(refusals.toString(), refusals.toString().contains("DENIED"));
        assertTrue(refusals.toString(), refusals.toString().contains("REJECTED"));
        // The duplicate order is refused by Sala's unit manager; the refusal travels to Heby, which knows no such
        // order and rejects the message: nothing changes on Heby's side.
        assertEquals("REFUSED", parse(post(ENHETSCHEF, "/api/purchasing/placements/" + placementId(duplicateOrder)
                + "/decision", "{\"accept\":false,\"reason\":\"Testorder\"}")).get("status").asText());

        // ---------------------------------------------------------------- the order, while Sala's platform is down
        sala.stop();
        at(heby);
        String number = personnummerBornOn(LocalDate.of(1979, 4, 12));
        String person = parse(post(HANDLAGGARE, "/api/persons", toJson(Map.of("identityNumber", number,
                "givenName", "Kalle", "familyName", "K\u00f6p")))).get("id").asText();
        Answer ordered = post(HANDLAGGARE, "/api/purchasing/orders", toJson(Map.of("agreementId", buyAgreement,
                "personRef", person, "startDate", month.atDay(3).toString(), "extent", "FULL_TIME",
                "note", "Beh\u00f6ver plats fr\u00e5n den 3:e")));
        assertEquals(ordered.body(), 201, ordered.status());
        String order = parse(ordered).get("id").asText();
        await("delivery attempts while Sala is down", Duration.ofSeconds(60), () -> {
            JsonNode o = parse(get(HANDLAGGARE, "/api/purchasing/orders/" + order));
            return o.get("deliveryAttempts").asInt() >= 2;
        });
        JsonNode waiting = parse(get(HANDLAGGARE, "/api/purchasing/orders/" + order));
        assertEquals("SENT", waiting.get("status").asText());
        assertEquals("QUEUED", waiting.get("delivery").asText());
        assertFalse(waiting.get("lastDeliveryError").isNull());
        // A second, overlapping order for the same person is refused at once.
        Answer overlapping = post(HANDLAGGARE, "/api/purchasing/orders", toJson(Map.of("agreementId", buyAgreement,
                "personRef", person, "startDate", month.atDay(10).toString())));
        assertEquals(overlapping.body(), 409, overlapping.status());

        sala.start();
        awaitPurchasing(sala);
        at(sala);
        await("the order at Sala", Duration.ofSeconds(120), () -> placementIdOrNull(order) != null);
        String placement = placementId(order);
        at(heby);
        await("the order delivered", Duration.ofSeconds(30), () -> "DELIVERED".equals(parse(get(HANDLAGGARE,
                "/api/purchasing/orders/" + order)).get("delivery").asText()));
        at(sala);
        JsonNode received = parse(get(ENHETSCHEF, "/api/purchasing/placements/" + placement));
        assertEquals("RECEIVED", received.get("status").asText());
        assertEquals(HEBY_CODE, received.get("buyerCode").asText());
        // Sala registered the person from the order: identity number and name, nothing more of Heby's case.
        JsonNode salaPerson = parse(get(HANDLAGGARE, "/api/persons/" + received.get("personRef").asText()));
        assertEquals("Kalle", salaPerson.get("givenName").asText());

        // ---------------------------------------------------------------- acceptance and the start
        assertEquals("ACCEPTED", parse(post(ENHETSCHEF, "/api/purchasing/placements/" + placement + "/decision",
                "{\"accept\":true,\"reason\":\"Plats finns\"}")).get("status").asText());
        assertEquals("STARTED", parse(post(ENHETSCHEF, "/api/purchasing/placements/" + placement + "/start",
                "{\"date\":\"" + month.atDay(3) + "\"}")).get("status").asText());
        at(heby);
        await("acceptance and start at Heby", Duration.ofSeconds(30), () -> "STARTED".equals(
                parse(get(HANDLAGGARE, "/api/purchasing/orders/" + order)).get("status").asText()));
        assertEquals(month.atDay(3).toString(), parse(get(HANDLAGGARE, "/api/purchasing/orders/" + order))
                .get("startedOn").asText());

        // ---------------------------------------------------------------- the treatment plan at Sala reports back
        at(sala);
        String salaPersonRef = received.get("personRef").asText();
        Answer enrolled = post(HANDLAGGARE, "/api/treatment-plan/enrolments", toJson(Map.of("personRef",
                salaPersonRef, "programmeId", "kbt-12", "legalBasis", "SOL", "commissionerCode", HEBY_CODE,
                "commissionerName", "Heby", "grantedFrom", month.atDay(3).toString())));
        assertEquals(enrolled.body(), 201, enrolled.status());
        String enrolment = parse(enrolled).get("id").asText();
        put(ENHETSCHEF, "/api/treatment-course/enrolments/" + enrolment + "/practitioners",
                "{\"practitioners\":[\"bo\"]}");
        JsonNode plan = parse(post(BEHANDLARE, "/api/treatment-plan/plans", toJson(Map.of("personRef", salaPersonRef,
                "programmeId", "kbt-12", "goals", List.of("Drogfrihet"), "enrolmentId", enrolment,
                "startDate", month.atDay(3).toString()))));
        String planId = plan.get("id").asText();
        Map<String, Object> content = new HashMap<>();
        content.put("startSituation", "Placerad av Heby kommun.");
        content.put("longTermGoals", List.of("Drogfrihet"));
        content.put("activities", List.of(Map.of("what", "Gruppterapi", "who", "bo", "when", "dagligen",
                "how", "Tolvstegsgrupp", "goal", "Drogfrihet")));
        assertEquals(200, put(BEHANDLARE, "/api/treatment-plan/plans/" + planId, toJson(Map.of("version",
                plan.get("version").asLong(), "summary", "Första planen", "content", content))).status());
        assertEquals(200, post(BEHANDLARE, "/api/treatment-plan/plans/" + planId + "/approval",
                "{\"approvedOn\":\"" + month.atDay(5) + "\"}").status());
        assertEquals(HEBY_CODE, parse(post(BEHANDLARE, "/api/treatment-plan/plans/" + planId + "/sent", ""))
                .get("sentTo").asText());
        String course = "/api/treatment-course/enrolments/" + enrolment;
        JsonNode monthly = parse(post(BEHANDLARE, course + "/reports", toJson(Map.of("kind", "MONTHLY",
                "month", month.toString()))));
        List<Map<String, Object>> goals = List.of(Map.of("goal", "Drogfrihet", "progress", "Nykter hela m\u00e5naden"));
        Answer reviewed = put(BEHANDLARE, "/api/treatment-course/reports/" + monthly.get("id").asText() + "/review",
                toJson(Map.of("version", monthly.get("version").asLong(), "goals", goals, "summary",
                        "Stabil m\u00e5nad", "skills", List.of(Map.of("area", "HOUSING", "rating", 4),
                                Map.of("area", "OCCUPATION", "rating", 3), Map.of("area", "NETWORK", "rating", 3)))));
        assertEquals(reviewed.body(), 200, reviewed.status());
        assertEquals("SENT", parse(post(BEHANDLARE, "/api/treatment-course/reports/" + monthly.get("id").asText()
                + "/sent", "")).get("status").asText());

        // ---------------------------------------------------------------- half time, notice, charges, the end
        at(heby);
        Answer halfTime = post(HANDLAGGARE, "/api/purchasing/orders/" + order + "/extent", toJson(Map.of("extent",
                "HALF_TIME", "from", month.atDay(16).toString())));
        assertEquals(halfTime.body(), 200, halfTime.status());
        Answer tooShort = post(HANDLAGGARE, "/api/purchasing/orders/" + order + "/notice", toJson(Map.of("givenOn",
                month.atDay(12).toString(), "endDate", month.atDay(20).toString(), "reason", "Flyttar")));
        assertEquals(tooShort.body(), 400, tooShort.status());
        assertTrue(tooShort.body(), tooShort.body().contains("notice period of 14 days"));
        assertTrue(parse(get(HANDLAGGARE, "/api/purchasing/orders/" + order)).get("noticeGivenOn").isNull());
        Answer notice = post(HANDLAGGARE, "/api/purchasing/orders/" + order + "/notice", toJson(Map.of("givenOn",
                month.atDay(12).toString(), "endDate", month.atDay(26).toString(), "reason", "Flyttar")));
        assertEquals(notice.body(), 200, notice.status());
        at(sala);
        await("half time and notice at Sala", Duration.ofSeconds(30), () -> {
            JsonNode p = parse(get(ENHETSCHEF, "/api/purchasing/placements/" + placement));
            return p.get("extents").size() == 2 && month.atDay(26).toString().equals(p.path("endDate").asText());
        });
        assertEquals(201, post(BEHANDLARE, "/api/purchasing/placements/" + placement + "/charges", toJson(Map.of(
                "day", month.atDay(5).toString(), "hours", new BigDecimal("2.5")))).status());
        assertEquals(201, post(BEHANDLARE, "/api/purchasing/placements/" + placement + "/charges", toJson(Map.of(
                "day", month.atDay(8).toString(), "item", "drogtest"))).status());
        assertEquals(400, post(BEHANDLARE, "/api/purchasing/placements/" + placement + "/charges", toJson(Map.of(
                "day", month.atDay(8).toString(), "item", "massage"))).status());
        assertEquals("ENDED", parse(post(ENHETSCHEF, "/api/purchasing/placements/" + placement + "/end",
                toJson(Map.of("date", month.atDay(26).toString(), "reason", "Enligt upps\u00e4gning"))))
                .get("status").asText());
        // The course ends and its closing report goes to Heby too — sent while the purchasing offering is not even
        // installed at Sala: the treatment plan keeps what it sent, and purchasing takes it when it is back.
        sala.write("se.kommunmeny.offerings.cfg", "offerings = treatment-plan\n");
        await("purchasing removed at Sala", Duration.ofSeconds(60),
                () -> get(ENHETSCHEF, "/api/purchasing/federation/identity").status() == 404);
        assertEquals(200, post(BEHANDLARE, "/api/treatment-plan/enrolments/" + enrolment + "/end",
                "{\"reason\":\"COMPLETED\",\"endedOn\":\"" + month.atDay(26) + "\"}").status());
        JsonNode closing = parse(post(BEHANDLARE, course + "/reports", "{\"kind\":\"CLOSING\"}"));
        Answer closed = put(BEHANDLARE, "/api/treatment-course/reports/" + closing.get("id").asText() + "/review",
                toJson(Map.of("version", closing.get("version").asLong(), "goals", goals, "summary",
                        "Fullf\u00f6ljt program")));
        assertEquals(closed.body(), 200, closed.status());
        assertEquals("SENT", parse(post(BEHANDLARE, "/api/treatment-course/reports/" + closing.get("id").asText()
                + "/sent", "")).get("status").asText());

        sala.write("se.kommunmeny.offerings.cfg", "offerings = treatment-plan, purchasing\n");
        awaitPurchasing(sala);
        at(heby);
        try {
            await("the end and the documents at Heby", Duration.ofSeconds(60), () ->
                    "ENDED".equals(parse(get(HANDLAGGARE, "/api/purchasing/orders/" + order)).get("status").asText())
                            && parse(get(HANDLAGGARE, "/api/purchasing/orders/" + order + "/documents")).size() == 3);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + get(HANDLAGGARE, "/api/purchasing/orders/" + order).body()
                    + " " + get(HANDLAGGARE, "/api/purchasing/orders/" + order + "/documents").body(), e);
        }
        JsonNode documents = parse(get(HANDLAGGARE, "/api/purchasing/orders/" + order + "/documents"));
        assertEquals(List.of("PLAN", "MONTHLY", "CLOSING"), texts(documents, "kind"));
        assertEquals(month.toString(), documents.get(1).get("month").asText());
        Answer report = get(HANDLAGGARE, "/api/purchasing/orders/" + order + "/documents/"
                + documents.get(1).get("id").asText());
        assertEquals(200, report.status());
        assertTrue(report.body(), report.body().contains("Nykter hela m\u00e5naden"));
        // Only the case officer who ordered the placement reads them.
        assertEquals(403, get("hugo", "/api/purchasing/orders/" + order + "/documents").status());
        assertEquals(403, get(ENHETSCHEF, "/api/purchasing/orders/" + order + "/documents").status());
        // The same order over SOAP; notice on an ended placement is a fault, and changes nothing.
        Answer soapOrder = soap(HANDLAGGARE, "Purchasing", "<p:getOrder xmlns:p=\"urn:se:kommunmeny:purchasing:1\">"
                + "<orderId>" + order + "</orderId></p:getOrder>");
        assertEquals(soapOrder.body(), 200, soapOrder.status());
        assertTrue(soapOrder.body(), soapOrder.body().contains("<status>ENDED</status>"));
        Answer lateNotice = soap(HANDLAGGARE, "Purchasing", "<p:giveNotice xmlns:p=\"urn:se:kommunmeny:purchasing:1\">"
                + "<orderId>" + order + "</orderId><notice><endDate>" + month.atEndOfMonth()
                + "</endDate></notice></p:giveNotice>");
        assertEquals(lateNotice.body(), 500, lateNotice.status());
        assertTrue(lateNotice.body(), lateNotice.body().contains(":conflict<"));
        JsonNode finished = parse(get(HANDLAGGARE, "/api/purchasing/orders/" + order));
        assertEquals(2, finished.get("extents").size());
        assertEquals(month.atDay(26).toString(), finished.get("endedOn").asText());

        // ---------------------------------------------------------------- the month's invoice
        at(sala);
        JsonNode invoices = parse(post(ENHETSCHEF, "/api/purchasing/invoices/run", "{\"month\":\"" + month + "\"}"));
        assertEquals(invoices.toString(), 1, invoices.size());
        JsonNode invoice = invoices.get(0);
        String invoiceId = invoice.get("id").asText();
        BigDecimal expectedTotal = expectedTotal(month);
        assertEquals(0, expectedTotal.compareTo(new BigDecimal(invoice.get("total").asText())));
        for (JsonNode line : invoice.get("lines")) {
            if (!line.get("orderRef").isNull()) {
                assertEquals(order, line.get("orderRef").asText());
            }
        }
        // The month is invoiced once; running the month again issues nothing new.
        Answer twice = post(ENHETSCHEF, "/api/purchasing/invoices", toJson(Map.of("agreementId", sellAgreement,
                "month", month.toString())));
        assertEquals(twice.body(), 409, twice.status());
        assertEquals(1, parse(post(ENHETSCHEF, "/api/purchasing/invoices/run", "{\"month\":\"" + month + "\"}"))
                .size());
        String ubl = get(ENHETSCHEF, "/api/purchasing/invoices/" + invoiceId + "/ubl").body();
        PeppolRules.assertValid(ubl);
        assertTrue(get(ENHETSCHEF, "/api/purchasing/invoices/" + invoiceId + "/html").body().contains("Heby"));

        // Heby reconciles it against its own records: they agree.
        at(heby);
        await("the invoice at Heby", Duration.ofSeconds(30), () -> parse(get(ENHETSCHEF,
                "/api/purchasing/invoices?direction=RECEIVED")).size() == 1);
        JsonNode receivedInvoice = parse(get(ENHETSCHEF, "/api/purchasing/invoices?direction=RECEIVED")).get(0);
        assertEquals(receivedInvoice.toString(), "MATCHES", receivedInvoice.get("reconciliation").asText());
        assertEquals(0, expectedTotal.compareTo(new BigDecimal(receivedInvoice.get("total").asText())));

        // A correction: Sala credits the invoice, Heby sees it credited; the month is invoiced anew and matches.
        at(sala);
        Answer credit = post(ENHETSCHEF, "/api/purchasing/invoices/" + invoiceId + "/credit",
                "{\"reason\":\"Fel referens\"}");
        assertEquals(credit.body(), 201, credit.status());
        PeppolRules.assertValid(get(ENHETSCHEF, "/api/purchasing/invoices/" + parse(credit).get("id").asText()
                + "/ubl").body());
        Answer reissued = post(ENHETSCHEF, "/api/purchasing/invoices", toJson(Map.of("agreementId", sellAgreement,
                "month", month.toString())));
        assertEquals(reissued.body(), 201, reissued.status());
        at(heby);
        await("credit note and new invoice at Heby", Duration.ofSeconds(30), () -> parse(get(ENHETSCHEF,
                "/api/purchasing/invoices?direction=RECEIVED")).size() == 3);
        JsonNode all = parse(get(ENHETSCHEF, "/api/purchasing/invoices?direction=RECEIVED"));
        assertEquals(parse(credit).get("number").asText(), all.get(0).get("creditedBy").asText());
        assertEquals("CREDIT_NOTE", all.get(1).get("type").asText());
        assertEquals("MATCHES", all.get(2).get("reconciliation").asText());

        // The unit manager's costs: the purchased care from the standing invoice, the own service from its budget,
        // each with its amount per placement day; no identities.
        JsonNode costs = parse(get(ENHETSCHEF, "/api/purchasing/costs?month=" + month));
        assertEquals(costs.toString(), 2, costs.size());
        JsonNode purchased = costs.get(0).get("provision").asText().equals("PURCHASED") ? costs.get(0) : costs.get(1);
        JsonNode own = costs.get(0) == purchased ? costs.get(1) : costs.get(0);
        assertEquals("INVOICED", purchased.get("source").asText());
        assertEquals("Sala", purchased.get("supplier").asText());
        assertEquals(0, expectedTotal.compareTo(new BigDecimal(purchased.get("amount").asText())));
        assertEquals(24, purchased.get("placementDays").asInt());
        assertEquals("OWN", own.get("provision").asText());
        assertEquals("BUDGET", own.get("source").asText());
        assertEquals(10 * month.lengthOfMonth(), own.get("placementDays").asInt());
        assertEquals(0, new BigDecimal("310000.00").divide(BigDecimal.valueOf(10L * month.lengthOfMonth()), 2,
                RoundingMode.HALF_UP).compareTo(new BigDecimal(own.get("perPlaceDay").asText())));
        assertFalse(costs.toString().contains(number));
        assertEquals(403, get(HANDLAGGARE, "/api/purchasing/costs?month=" + month).status());

        // ---------------------------------------------------------------- nothing lost, nothing doubled
        at(sala);
        assertEquals(1, countWhere(parse(get(ENHETSCHEF, "/api/purchasing/placements")), "orderRef", order));
        assertTrue(parse(get(LOGGRANSKARE, "/api/audit/verify")).get("valid").asBoolean());
        at(heby);
        assertEquals(1, parse(get(HANDLAGGARE, "/api/purchasing/orders?personRef=" + person)).size());
        assertTrue(parse(get(LOGGRANSKARE, "/api/audit/verify")).get("valid").asBoolean());
    }

    // ------------------------------------------------------------------ the two platforms

    private KarafProcess platform(Path dir, Map<String, String> users, String code, String name, String county,
            String orgNumber, String offerings, String pgDatabase) throws Exception {
        KarafProcess k = KarafProcess.unpack(dir, users);
        k.addBootFeature("kommunmeny-examples");
        started.add(k);
        k.write("se.kommunmeny.kommun.cfg", "code = " + code + "\nname = " + name + "\ncounty = " + county
                + "\ncountry = SE\n");
        k.write("se.kommunmeny.offerings.cfg", "offerings = " + offerings + "\n");
        k.write("se.kommunmeny.purchasing.cfg", String.join("\n", "organisationNumber = " + orgNumber,
                "street = Stadshuset", "postalCode = 733 25", "city = " + name, "bankAccount = 5050-1055",
                "pollMillis = 200", "retryBaseMillis = 500", "retryMaxMillis = 3000", "callTimeoutMillis = 5000",
                "availabilitySeconds = 5", "invoiceHour = -1", ""));
        if (server != null) {
            k.write("org.ops4j.datasource-kommunmeny.cfg", server.dataSourceConfig(pgDatabase));
            k.addBootFeature("kommunmeny-db-postgresql");
        }
        return k;
    }

    private void awaitPurchasing(KarafProcess platform) {
        at(platform);
        await("purchasing on " + platform.home(), Duration.ofSeconds(240), () -> {
            if (!platform.isAlive()) {
                throw new AssertionError("Karaf exited; see " + platform.home().resolve("data/log/karaf.log"));
            }
            try {
                return get(ENHETSCHEF, "/api/purchasing/federation/identity").status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private static Map<String, Object> partner(String code, String name, String orgNumber, KarafProcess platform,
            String username, String publicKey, String inboundUser, String transport) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("name", name);
        p.put("kind", "MUNICIPALITY");
        p.put("country", "SE");
        p.put("organisationNumber", orgNumber);
        p.put("endpointScheme", "0007");
        p.put("street", "Stadshuset");
        p.put("postalCode", "733 25");
        p.put("city", name);
        p.put("platformUrl", "http://127.0.0.1:" + platform.httpPort() + "/kommunmeny");
        p.put("username", username);
        p.put("password", username + PASSWORD_SUFFIX);
        p.put("publicKey", publicKey);
        p.put("inboundUser", inboundUser);
        p.put("transport", transport);
        return p;
    }

    /** The survey's Olivia: 17 500 kr a month full time, 10 500 half time, 700 kr an hour, drug tests extra. */
    private static Map<String, Object> olivia() {
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("currency", "SEK");
        price.put("monthFullTime", new BigDecimal("17500.00"));
        price.put("monthHalfTime", new BigDecimal("10500.00"));
        price.put("perHour", new BigDecimal("700.00"));
        price.put("hourServiceName", "Psykoterapi");
        price.put("items", List.of(Map.of("code", "drogtest", "name", "Drogtest", "unitPrice",
                new BigDecimal("350.00"))));
        return price;
    }

    private static Map<String, Object> agreement(String partnerId, String role, Map<String, Object> price,
            YearMonth month) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("partnerId", partnerId);
        a.put("role", role);
        a.put("number", AGREEMENT);
        a.put("serviceId", SERVICE);
        a.put("serviceName", "Tolvstegsbehandling i Sala");
        a.put("serviceType", "TREATING");
        a.put("targetGroups", List.of("ADULT_MEN", "ADULT_WOMEN"));
        a.put("price", price);
        a.put("reservedPlaces", 1);
        a.put("vacancyGraceDays", 30);
        a.put("vacancyPercent", new BigDecimal("50"));
        a.put("noticeDays", 14);
        a.put("validFrom", month.minusMonths(1).atDay(1).toString());
        a.put("buyerReference", "HEBY-IFO-4711");
        a.put("minAge", 18);
        return a;
    }

    /**
     * The month as the agreement prices it, worked out here by hand: full time on the 3rd–15th, half time on the
     * 16th–26th (pro rata per day, rounded to öre per line), 2.5 hours at 700 kr, one drug test at 350 kr, and the one
     * reserved place vacant on the 1st–2nd and from the 27th (never 30 days in a row, so at the full day rate).
     */
    private static BigDecimal expectedTotal(YearMonth month) {
        BigDecimal days = BigDecimal.valueOf(month.lengthOfMonth());
        BigDecimal full = new BigDecimal("17500.00").multiply(BigDecimal.valueOf(13)).divide(days, 2,
                RoundingMode.HALF_UP);
        BigDecimal half = new BigDecimal("10500.00").multiply(BigDecimal.valueOf(11)).divide(days, 2,
                RoundingMode.HALF_UP);
        int vacantDays = 2 + month.lengthOfMonth() - 26;
        BigDecimal vacant = new BigDecimal("17500.00").multiply(BigDecimal.valueOf(vacantDays)).divide(days, 2,
                RoundingMode.HALF_UP);
        return full.add(half).add(new BigDecimal("1750.00")).add(new BigDecimal("350.00")).add(vacant);
    }

    private String orderPayload(String given, String family, LocalDate start, String service) {
        return toJson(Map.of("serviceId", service, "identityNumber", personnummerBornOn(LocalDate.of(1980, 2, 2)),
                "givenName", given, "familyName", family, "startDate", start.toString(), "extent", "FULL_TIME"));
    }

    private String placementIdOrNull(String orderRef) {
        for (JsonNode p : parse(get(ENHETSCHEF, "/api/purchasing/placements"))) {
            if (p.get("orderRef").asText().equals(orderRef)) {
                return p.get("id").asText();
            }
        }
        return null;
    }

    private String placementId(String orderRef) {
        String id = placementIdOrNull(orderRef);
        assertNotNull("no placement for order " + orderRef, id);
        return id;
    }

    private JsonNode menuEntry(String id) {
        for (JsonNode e : parse(get(HANDLAGGARE, "/api/menu")).get("entries")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        return null;
    }

    private String created(Answer a) {
        assertEquals(a.body(), 201, a.status());
        return parse(a).get("id").asText();
    }

    private static int countWhere(JsonNode array, String field, String value) {
        int n = 0;
        for (JsonNode e : array) {
            if (value.equals(e.path(field).asText())) {
                n++;
            }
        }
        return n;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.get(field).asText()));
        return out;
    }

    private static PrivateKey privateKey(KarafProcess platform) throws Exception {
        byte[] pkcs8 = Files.readAllBytes(platform.home().resolve("etc/kommunmeny/purchasing/signing-key.pk8"));
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /**
     * Speaks the federation protocol as a partner platform does (the canonical form and Ed25519 signature of
     * FederationMessage), with a key the test holds: the real platform's, or a forger's.
     */
    private static final class FederationClient {
        private final String user;
        private final PrivateKey key;
        private final String sender;

        FederationClient(String user, PrivateKey key, String sender) {
            this.user = user;
            this.key = key;
            this.sender = sender;
        }

        String message(String type, String orderRef, String payload) throws Exception {
            return message(UUID.randomUUID().toString(), type, orderRef, payload);
        }

        String message(String messageId, String type, String orderRef, String payload) throws Exception {
            String sentAt = java.time.Instant.now().toString();
            String canonical = String.join("\n", "kommunmeny-federation-1", messageId, type, orderRef, AGREEMENT, sender,
                    SALA_CODE, sentAt, payload);
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(canonical.getBytes(StandardCharsets.UTF_8));
            Map<String, String> m = new LinkedHashMap<>();
            m.put("messageId", messageId);
            m.put("type", type);
            m.put("orderRef", orderRef);
            m.put("agreementNumber", AGREEMENT);
            m.put("sender", sender);
            m.put("recipient", SALA_CODE);
            m.put("sentAt", sentAt);
            m.put("payload", payload);
            m.put("signature", Base64.getEncoder().encodeToString(s.sign()));
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m);
        }

        Answer post(PurchasingFederationIT test, String type, String orderRef, String payload) throws Exception {
            return postRaw(test, message(type, orderRef, payload));
        }

        Answer postRaw(PurchasingFederationIT test, String body) {
            return test.post(user, "/api/purchasing/federation/messages", body);
        }
    }
}

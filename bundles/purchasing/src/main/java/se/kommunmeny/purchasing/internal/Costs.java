package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.ProviderKind;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.purchasing.api.CostRow;

/**
 * The month's care per supplier, service and target group, own and purchased, for the unit manager. Purchased: counts
 * of placements and placement days, and the amount — from the supplier's invoice once it is received and stands, else
 * as this platform's records give it. Own: the service's configured monthly cost over its places (an own unit costs
 * what it costs, used or not). Each row's amount per placement day makes them comparable. No identities.
 */
final class Costs {
    private final PurchasingRepository repository;
    private final Invoicing invoicing;
    private final AuditService audit;
    private final Supplier<List<OwnServiceCost>> ownCosts;
    private final Supplier<List<MenuEntry>> menu;
    private final Supplier<String> municipality;

    Costs(PurchasingRepository repository, Invoicing invoicing, AuditService audit,
            Supplier<List<OwnServiceCost>> ownCosts, Supplier<List<MenuEntry>> menu, Supplier<String> municipality) {
        this.repository = repository;
        this.invoicing = invoicing;
        this.audit = audit;
        this.ownCosts = ownCosts;
        this.menu = menu;
        this.municipality = municipality;
    }

    /** Own services with a configured cost that are on the menu now, with their places. */
    private List<CostRow> own(YearMonth m) {
        List<CostRow> rows = new ArrayList<>();
        List<MenuEntry> entries = menu.get();
        for (OwnServiceCost cost : ownCosts.get()) {
            MenuEntry entry = entries.stream().filter(e -> e.id().equals(cost.serviceId())).findFirst().orElse(null);
            if (entry == null || entry.provider().kind() != ProviderKind.OWN) {
                continue;
            }
            int places = entry.capacity() == null ? 0 : entry.capacity();
            int days = places * m.lengthOfMonth();
            rows.add(new CostRow(m.toString(), "OWN", municipality.get(), entry.name(),
                    entry.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")), places,
                    days, cost.monthlyCost(), perDay(cost.monthlyCost(), days), cost.currency(), "BUDGET"));
        }
        return rows;
    }

    static BigDecimal perDay(BigDecimal amount, long days) {
        return days == 0 ? null : amount.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }

    List<CostRow> month(Caller caller, String text) {
        String role = caller.requireAnyRole(Role.ENHETSCHEF);
        YearMonth month;
        try {
            month = YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "must be yyyy-mm");
        }
        YearMonth m = month;
        return repository.inTransaction(em -> {
            Map<String, BigDecimal> invoiced = Invoicing.receivedTotals(em, m);
            List<CostRow> rows = new ArrayList<>(own(m));
            LocalDate first = m.atDay(1);
            LocalDate last = m.atEndOfMonth();
            for (AgreementEntity a : em.createQuery("SELECT a FROM AgreementEntity a WHERE a.role = :r "
                    + "ORDER BY a.number", AgreementEntity.class).setParameter("r", Agreements.BUY).getResultList()) {
                PartnerEntity supplier = em.find(PartnerEntity.class, a.partnerId);
                int placements = 0;
                long days = 0;
                for (StayEntity s : em.createQuery("SELECT s FROM StayEntity s WHERE s.agreementId = :a "
                        + "AND s.status IN :st", StayEntity.class).setParameter("a", a.id)
                        .setParameter("st", List.of(Stays.STARTED, Stays.ENDED)).getResultList()) {
                    LocalDate from = LocalDate.parse(s.startedOn);
                    LocalDate to = s.endedOn == null ? last : LocalDate.parse(s.endedOn);
                    LocalDate start = from.isBefore(first) ? first : from;
                    LocalDate end = to.isAfter(last) ? last : to;
                    if (!end.isBefore(start)) {
                        placements++;
                        days += ChronoUnit.DAYS.between(start, end) + 1;
                    }
                }
                BigDecimal amount = invoiced.get(a.id);
                String source = "INVOICED";
                if (amount == null) {
                    amount = invoicing.expected(em, a, m).total();
                    source = "EXPECTED";
                }
                if (placements == 0 && amount.signum() == 0) {
                    continue;
                }
                rows.add(new CostRow(m.toString(), "PURCHASED", supplier.name, a.serviceName,
                        String.join(" ", Agreements.targetGroups(a)), placements, (int) days, amount,
                        perDay(amount, days), Agreements.price(a).currency(), source));
            }
            audit.record(new AuditEvent(caller, role, AuditAction.READ, null, "purchasing/costs", m.toString()));
            return rows;
        });
    }
}

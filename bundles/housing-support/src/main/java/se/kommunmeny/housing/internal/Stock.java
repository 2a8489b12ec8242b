package se.kommunmeny.housing.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.housing.api.KindView;
import se.kommunmeny.housing.api.UnitRequest;
import se.kommunmeny.housing.api.UnitView;

/** The configured kinds and the housing stock: the unit manager registers and updates units, staff read them. */
final class Stock {
    static final int MAX_PLACES = 500;
    static final int MAX_RULE_MONTHS = 120;
    static final int MAX_NOTICE_HOURS = 720;

    private final HousingRepository repository;
    private final Kinds kinds;

    Stock(HousingRepository repository, Kinds kinds) {
        this.repository = repository;
        this.kinds = kinds;
    }

    List<KindView> kinds(Caller caller) {
        caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        return repository.read(em -> kinds.all().stream().map(k -> k.view(em))
                .sorted(Comparator.comparing(KindView::id)).toList());
    }

    List<UnitView> units(Caller caller, String kindId) {
        caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        String kind = Texts.trimmed(kindId);
        return repository.read(em -> {
            var query = em.createQuery("SELECT u FROM UnitEntity u" + (kind == null ? "" : " WHERE u.kindId = :k")
                    + " ORDER BY u.kindId, u.name, u.id", UnitEntity.class);
            if (kind != null) {
                query.setParameter("k", kind);
            }
            return query.getResultList().stream().map(u -> Views.unit(em, u, kinds)).toList();
        });
    }

    UnitView unit(Caller caller, String unitId) {
        caller.requireAnyRole(PlacementAccess.CASE_ROLES);
        return repository.read(em -> Views.unit(em, find(em, unitId, false), kinds));
    }

    UnitView register(Caller caller, UnitRequest request) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        String kindId = Texts.trimmed(request.kindId());
        ConfiguredKind kind = kinds.get(kindId);
        if (kindId == null) {
            problems.add("kindId", "is required");
        } else if (kind == null) {
            problems.add("kindId", "is not a housing kind this municipality runs");
        } else if (!kind.kind().hasUnits) {
            problems.add("kindId", "a " + kind.kind() + " kind has no units: its capacity is the configured caseload");
        }
        UnitEntity unit = new UnitEntity(UUID.randomUUID().toString(), kindId, caller.user());
        apply(problems, request, unit);
        problems.throwIfAny();
        return repository.inTransaction(em -> {
            em.persist(unit);
            em.persist(new CapacityLockEntity(CapacityLockEntity.forUnit(unit.id)));
            em.flush();
            return Views.unit(em, unit, kinds);
        });
    }

    UnitView update(Caller caller, String unitId, UnitRequest request) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        return repository.inTransaction(em -> {
            em.find(CapacityLockEntity.class, CapacityLockEntity.forUnit(unitId), LockModeType.PESSIMISTIC_WRITE);
            UnitEntity unit = find(em, unitId, false);
            ValidationException.Collector problems = new ValidationException.Collector();
            String kindId = Texts.trimmed(request.kindId());
            if (kindId != null && !kindId.equals(unit.kindId)) {
                problems.add("kindId", "cannot be changed; register a new unit of the other kind");
            }
            if (request.version() != null && request.version() != unit.version) {
                throw new ConflictException("The unit was changed by someone else (version " + unit.version + ").");
            }
            apply(problems, request, unit);
            problems.throwIfAny();
            int occupied = HousingRepository.occupiedInUnit(em, unit.id);
            if (unit.places < occupied) {
                throw new ConflictException("The unit has " + occupied + " occupied places; places cannot be fewer.");
            }
            if (!unit.isActive() && occupied > 0) {
                throw new ConflictException("The unit has " + occupied + " occupied places; it cannot leave the stock.");
            }
            em.flush();
            return Views.unit(em, unit, kinds);
        });
    }

    /** Validates the request into the unit (the unit is only written when the transaction commits without problems). */
    private static void apply(ValidationException.Collector problems, UnitRequest r, UnitEntity unit) {
        unit.name = Texts.required(problems, "name", r.name(), 200);
        unit.address = Texts.required(problems, "address", r.address(), 200);
        unit.landlord = Texts.text(problems, "landlord", r.landlord(), 200);
        if (r.places() == null) {
            problems.add("places", "is required");
        } else if (r.places() < 1 || r.places() > MAX_PLACES) {
            problems.add("places", "must be between 1 and " + MAX_PLACES);
        } else {
            unit.places = r.places();
        }
        unit.maxStayMonths = rule(problems, "maxStayMonths", r.maxStayMonths(), MAX_RULE_MONTHS);
        unit.contractTransferAfterMonths = rule(problems, "contractTransferAfterMonths",
                r.contractTransferAfterMonths(), MAX_RULE_MONTHS);
        unit.evictionNoticeHours = rule(problems, "evictionNoticeHours", r.evictionNoticeHours(), MAX_NOTICE_HOURS);
        unit.staffing = Texts.text(problems, "staffing", r.staffing(), 500);
        if (r.active() != null) {
            unit.active = r.active() ? 1 : 0;
        }
    }

    private static Integer rule(ValidationException.Collector problems, String field, Integer value, int max) {
        if (value != null && (value < -1 || value > max)) {
            problems.add(field, "must be -1 (none) or between 0 and " + max + ", or left out for the kind's default");
        }
        return value;
    }

    static UnitEntity find(EntityManager em, String unitId, boolean lock) {
        if (!PlacementAccess.isId(unitId)) {
            throw new ValidationException("unitId", "is not a unit id");
        }
        UnitEntity u = em.find(UnitEntity.class, unitId, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (u == null) {
            throw new NotFoundException("No unit with this id.");
        }
        return u;
    }
}

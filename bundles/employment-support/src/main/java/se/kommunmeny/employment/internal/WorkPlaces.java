package se.kommunmeny.employment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import se.kommunmeny.core.api.problem.ConflictException;
import se.kommunmeny.core.api.problem.DateFields;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.employment.api.Reservation;
import se.kommunmeny.employment.api.Supervisor;
import se.kommunmeny.employment.api.WorkPlaceProvider;
import se.kommunmeny.employment.api.WorkPlaceRequest;
import se.kommunmeny.employment.api.WorkPlaceView;

/** Work places (arbetsplatser): registered and changed by the unit manager; no personal data. */
final class WorkPlaces {
    static final Set<String> PROVIDER_KINDS = Set.of("OWN", "PARTNER", "PURCHASED");

    private final EmploymentRepository repository;
    private final Map<String, ConfiguredKind> kinds;

    WorkPlaces(EmploymentRepository repository, Map<String, ConfiguredKind> kinds) {
        this.repository = repository;
        this.kinds = kinds;
    }

    List<WorkPlaceView> list(Caller caller, String kindId) {
        caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
        String kind = Dates.trimmed(kindId);
        return repository.inTransaction(em -> (kind == null
                ? em.createQuery("SELECT w FROM WorkPlaceEntity w ORDER BY w.name, w.id", WorkPlaceEntity.class)
                : em.createQuery("SELECT w FROM WorkPlaceEntity w WHERE w.kindId = :k ORDER BY w.name, w.id",
                        WorkPlaceEntity.class).setParameter("k", kind))
                .getResultList().stream().map(w -> view(em, w)).toList());
    }

    WorkPlaceView get(Caller caller, String id) {
        caller.requireAnyRole(Role.ENHETSCHEF, Role.HANDLAGGARE, Role.BEHANDLARE);
        return repository.inTransaction(em -> view(em, find(em, id, false)));
    }

    WorkPlaceView register(Caller caller, WorkPlaceRequest request) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        validate(request);
        String id = Dates.trimmed(request.id());
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new ValidationException("id", "must be lower-case letters, digits and - (at most 60)");
        }
        return repository.inTransaction(em -> {
            String newId = id == null ? UUID.randomUUID().toString() : id;
            if (em.find(WorkPlaceEntity.class, newId) != null) {
                throw new ConflictException("A work place with the id '" + newId + "' is already registered.");
            }
            WorkPlaceEntity w = new WorkPlaceEntity(newId, request.kindId().trim(), System.currentTimeMillis(),
                    caller.user());
            apply(w, request);
            em.persist(w);
            em.persist(new WorkPlaceLockEntity(newId));
            em.flush();
            return view(em, w);
        });
    }

    WorkPlaceView update(Caller caller, String id, WorkPlaceRequest request) {
        caller.requireAnyRole(Role.ENHETSCHEF);
        validate(request);
        if (request.id() != null && !request.id().trim().equals(id)) {
            throw new ValidationException("id", "differs from the work place in the path");
        }
        return repository.inTransaction(em -> {
            WorkPlaceEntity w = find(em, id, true);
            if (request.version() != null && request.version() != w.version) {
                throw new ConflictException("The work place was changed by someone else since you read it (it is now "
                        + "at version " + w.version + ").");
            }
            if (!w.kindId.equals(request.kindId().trim())) {
                throw new ValidationException("kindId", "a work place keeps its kind");
            }
            requireRoom(em, w, request);
            apply(w, request);
            em.flush();
            return view(em, w);
        });
    }

    /** Places, reservations and activity may not leave an active placement without its place. */
    private static void requireRoom(EntityManager em, WorkPlaceEntity w, WorkPlaceRequest request) {
        PlacePools.Sizes held = PlacePools.held(stays(em, w.id), DateFields.today());
        PlacePools.Sizes wanted = sizes(request);
        if (wanted.total() < held.total()) {
            throw new ConflictException("The work place has " + held.total() + " places taken; its places cannot "
                    + "drop below that.");
        }
        if (wanted.young() < held.young() || wanted.light() < held.light() || wanted.ordinary() < held.ordinary()) {
            throw new ConflictException("Reserved places taken now: " + held.young() + " for ages 18-25, "
                    + held.light() + " light, " + held.ordinary() + " ordinary; no kind of place can drop below that.");
        }
        if (!Boolean.FALSE.equals(request.active()) || held.total() == 0) {
            return;
        }
        throw new ConflictException("The work place has active placements; end them before closing it.");
    }

    static List<PlacePools.Stay> stays(EntityManager em, String workPlaceId) {
        return em.createQuery("SELECT p FROM PlacementEntity p WHERE p.workPlaceId = :w AND p.status IN :s",
                PlacementEntity.class).setParameter("w", workPlaceId)
                .setParameter("s", List.of(PlacementEntity.ACTIVE, PlacementEntity.ENDED)).getResultList()
                .stream().map(PlacementEntity::stay).toList();
    }

    private void validate(WorkPlaceRequest r) {
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        if (r.kindId() == null || r.kindId().isBlank()) {
            problems.add("kindId", "is required");
        } else if (!kinds.containsKey(r.kindId().trim())) {
            problems.add("kindId", "is not a kind of employment support this municipality runs");
        }
        problems.require("name", r.name()).maxLength("name", r.name(), 200);
        problems.require("workType", r.workType()).maxLength("workType", r.workType(), 200);
        provider(r.provider(), problems);
        if (r.places() == null || r.places() < 1 || r.places() > 10000) {
            problems.add("places", "must be at least 1");
        }
        reservations(r.reservations(), r.places(), problems);
        Supervisor s = r.supervisor();
        if (s != null) {
            problems.require("supervisor.name", s.name()).maxLength("supervisor.name", s.name(), 200);
            problems.maxLength("supervisor.phone", s.phone(), 40);
        }
        problems.throwIfAny();
    }

    private static void provider(WorkPlaceProvider p, ValidationException.Collector problems) {
        if (p == null) {
            problems.add("provider", "is required");
            return;
        }
        String kind = p.kind() == null ? "" : p.kind().trim().toUpperCase(Locale.ROOT);
        if (!PROVIDER_KINDS.contains(kind)) {
            problems.add("provider.kind", "must be OWN, PARTNER or PURCHASED");
        } else if (!"OWN".equals(kind)) {
            problems.require("provider.name", p.name());
        }
        problems.maxLength("provider.name", p.name(), 200);
        if (p.organisationNumber() != null && !p.organisationNumber().isBlank()
                && !p.organisationNumber().trim().matches("\\d{6}-?\\d{4}")) {
            problems.add("provider.organisationNumber", "must be written NNNNNN-NNNN");
        }
    }

    private static void reservations(List<Reservation> list, Integer places, ValidationException.Collector problems) {
        if (list == null) {
            return;
        }
        int sum = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Reservation r = list.get(i);
            String type = r == null || r.type() == null ? "" : r.type().trim().toUpperCase(Locale.ROOT);
            if (!PlacePools.YOUNG.equals(type) && !PlacePools.LIGHT.equals(type)) {
                problems.add("reservations[" + i + "].type", "must be AGE_18_25 or LIGHT");
            } else if (!seen.add(type)) {
                problems.add("reservations[" + i + "].type", "is given twice");
            }
            if (r == null || r.places() == null || r.places() < 0) {
                problems.add("reservations[" + i + "].places", "must be 0 or more");
            } else {
                sum += r.places();
            }
        }
        if (places != null && sum > places) {
            problems.add("reservations", "reserve " + sum + " places, more than the work place's " + places);
        }
    }

    private static int reserved(WorkPlaceRequest r, String type) {
        return r.reservations() == null ? 0 : r.reservations().stream()
                .filter(x -> type.equalsIgnoreCase(x.type().trim())).mapToInt(Reservation::places).sum();
    }

    private static PlacePools.Sizes sizes(WorkPlaceRequest r) {
        int young = reserved(r, PlacePools.YOUNG);
        int light = reserved(r, PlacePools.LIGHT);
        return new PlacePools.Sizes(r.places() - young - light, young, light);
    }

    private static void apply(WorkPlaceEntity w, WorkPlaceRequest r) {
        w.name = r.name().trim();
        w.workType = r.workType().trim();
        w.providerKind = r.provider().kind().trim().toUpperCase(Locale.ROOT);
        w.providerName = Dates.trimmed(r.provider().name());
        w.providerOrgNumber = Dates.trimmed(r.provider().organisationNumber());
        w.places = r.places();
        w.reservedYoung = reserved(r, PlacePools.YOUNG);
        w.reservedLight = reserved(r, PlacePools.LIGHT);
        w.supervisorName = r.supervisor() == null ? null : r.supervisor().name().trim();
        w.supervisorPhone = r.supervisor() == null ? null : Dates.trimmed(r.supervisor().phone());
        w.active = Boolean.FALSE.equals(r.active()) ? 0 : 1;
    }

    static WorkPlaceEntity find(EntityManager em, String id, boolean lock) {
        WorkPlaceEntity w = id == null ? null : em.find(WorkPlaceEntity.class, id);
        if (w == null) {
            throw new NotFoundException("No work place with this id.");
        }
        if (lock) {
            em.find(WorkPlaceLockEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(w);
        }
        return w;
    }

    static WorkPlaceView view(EntityManager em, WorkPlaceEntity w) {
        int occupied = em.createQuery("SELECT COUNT(p) FROM PlacementEntity p WHERE p.workPlaceId = :w "
                + "AND p.status = :s", Long.class).setParameter("w", w.id).setParameter("s", PlacementEntity.ACTIVE)
                .getSingleResult().intValue();
        List<Reservation> reservations = new ArrayList<>();
        if (w.reservedYoung > 0) {
            reservations.add(new Reservation(PlacePools.YOUNG, w.reservedYoung));
        }
        if (w.reservedLight > 0) {
            reservations.add(new Reservation(PlacePools.LIGHT, w.reservedLight));
        }
        return new WorkPlaceView(w.id, w.kindId, w.name, new WorkPlaceProvider(w.providerKind, w.providerName,
                w.providerOrgNumber), w.workType, w.places, reservations, w.supervisorName == null ? null
                        : new Supervisor(w.supervisorName, w.supervisorPhone), w.isActive(), occupied,
                Math.max(0, w.places - occupied), w.version);
    }
}

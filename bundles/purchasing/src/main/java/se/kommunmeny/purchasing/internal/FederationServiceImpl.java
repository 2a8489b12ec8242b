package se.kommunmeny.purchasing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kommunmeny.core.api.audit.AuditAction;
import se.kommunmeny.core.api.audit.AuditEvent;
import se.kommunmeny.core.api.audit.AuditService;
import se.kommunmeny.core.api.audit.Refusals;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.MenuService;
import se.kommunmeny.core.api.municipality.Municipality;
import se.kommunmeny.core.api.problem.AccessDeniedException;
import se.kommunmeny.core.api.problem.NotFoundException;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;
import se.kommunmeny.purchasing.api.FederationIdentity;
import se.kommunmeny.purchasing.api.FederationMessage;
import se.kommunmeny.purchasing.api.FederationService;
import se.kommunmeny.purchasing.api.Receipt;
import se.kommunmeny.purchasing.api.ServiceAvailability;

/**
 * The receiving end of the federation. A message is taken only from a user with the {@code partner} role who is
 * registered as a partner's inbound user, only with that partner as sender and this municipality as recipient, only
 * with a signature that verifies against the partner's registered key, and only once: the inbox row and the change
 * the message carries commit together, so a retried message finds its row and changes nothing.
 */
@Component(service = FederationService.class)
public class FederationServiceImpl implements FederationService {
    private static final String RESOURCE = "purchasing/federation/";

    private final PurchasingRepository repository;
    private final PlatformIdentity platform;
    private final AuditService audit;
    private final Stays stays;
    private final Invoicing invoicing;
    private final MenuService menu;

    @Activate
    public FederationServiceImpl(@Reference PurchasingRepository repository, @Reference PlatformIdentity platform,
            @Reference AuditService audit, @Reference PurchasingServiceImpl purchasing, @Reference MenuService menu) {
        this.repository = repository;
        this.platform = platform;
        this.audit = audit;
        this.stays = purchasing.stays();
        this.invoicing = purchasing.invoicing();
        this.menu = menu;
    }

    @Override
    public FederationIdentity identity(Caller caller) {
        caller.requireAnyRole(Role.PARTNER, Role.ENHETSCHEF, Role.OPERATOR);
        Municipality m = platform.municipality();
        String key = platform.keys().publicKey();
        return new FederationIdentity(m.code(), m.name(), m.country().name(), key, PlatformKeys.fingerprint(key),
                PlatformKeys.ALGORITHM);
    }

    @Override
    public Receipt receive(Caller caller, FederationMessage message) {
        String resource = RESOURCE + "message/" + (message == null ? "" : safe(message.messageId()));
        return Refusals.attempt(audit, caller, resource, () -> {
            caller.requireAnyRole(Role.PARTNER);
            PartnerEntity partner = callingPartner(caller);
            check(partner, message);
            String hash = sha256(message.payload());
            try {
                return repository.inTransaction(em -> {
                    InboxEntity seen = em.find(InboxEntity.class, message.messageId());
                    if (seen != null) {
                        throw duplicate(seen, hash);
                    }
                    InboxEntity row = new InboxEntity();
                    row.messageId = message.messageId();
                    row.partnerId = partner.id;
                    row.type = message.type();
                    row.orderRef = message.orderRef();
                    row.payloadSha256 = hash;
                    row.receivedAt = System.currentTimeMillis();
                    em.persist(row);
                    em.flush();
                    apply(em, caller, partner, message);
                    audit.record(new AuditEvent(caller, Role.PARTNER, AuditAction.CREATE, null, resource,
                            message.type()));
                    return new Receipt(message.messageId(), "PROCESSED", Instant.ofEpochMilli(row.receivedAt));
                });
            } catch (PersistenceException e) {
                // The same message arriving twice at once: the second insert of its inbox row fails.
                InboxEntity seen = repository.inTransaction(em -> em.find(InboxEntity.class, message.messageId()));
                if (seen != null) {
                    throw duplicate(seen, hash);
                }
                throw e;
            }
        }, problem -> null);
    }

    private void apply(EntityManager em, Caller caller, PartnerEntity partner, FederationMessage m) {
        if (Stays.INVOICE.equals(m.type())) {
            invoicing.receive(em, caller, partner, m.orderRef(), m.agreementNumber(), m.payload());
        } else {
            stays.apply(em, caller, partner, m.type(), m.orderRef(), m.agreementNumber(), m.payload());
        }
    }

    @Override
    public ServiceAvailability availability(Caller caller, String agreementNumber) {
        return Refusals.attempt(audit, caller, RESOURCE + "availability/" + safe(agreementNumber), () -> {
            caller.requireAnyRole(Role.PARTNER);
            PartnerEntity partner = callingPartner(caller);
            AgreementEntity a = repository.inTransaction(em -> em.createQuery("SELECT a FROM AgreementEntity a "
                    + "WHERE a.partnerId = :p AND a.role = :r AND a.number = :n", AgreementEntity.class)
                    .setParameter("p", partner.id).setParameter("r", Stays.SELL).setParameter("n", agreementNumber)
                    .getResultList().stream().findFirst().orElse(null));
            if (a == null) {
                throw new NotFoundException("This municipality sells nothing to " + partner.name + " under agreement "
                        + agreementNumber + ".");
            }
            MenuEntry entry = menu.entries().stream().filter(e -> e.id().equals(a.serviceId)).findFirst()
                    .orElse(null);
            return new ServiceAvailability(a.serviceId, entry == null ? a.serviceName : entry.name(),
                    entry == null ? null : entry.capacity(), entry == null ? null : entry.freePlaces(), Instant.now());
        }, problem -> null);
    }

    private PartnerEntity callingPartner(Caller caller) {
        List<PartnerEntity> found = repository.inTransaction(em -> em.createQuery("SELECT p FROM PartnerEntity p "
                + "WHERE p.inboundUser = :u", PartnerEntity.class).setParameter("u", caller.user()).getResultList());
        if (found.isEmpty()) {
            throw new AccessDeniedException("The user " + caller.user() + " is not registered as a partner's platform.");
        }
        return found.get(0);
    }

    /**
     * Whether {@code type} is a federation message type. A message without one is a field problem like any other
     * ({@code List.of(…).contains(null)} would throw).
     */
    static boolean isMessageType(String type) {
        return type != null && (Stays.FROM_BUYER.contains(type) || Stays.FROM_SUPPLIER.contains(type));
    }

    private void check(PartnerEntity partner, FederationMessage m) {
        if (m == null) {
            throw new ValidationException("message", "is required");
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        if (!Ids.isId(m.messageId())) {
            problems.add("messageId", "must be a UUID in lower case");
        }
        if (!isMessageType(m.type())) {
            problems.add("type", "is not a federation message type");
        }
        if (!Ids.isId(m.orderRef())) {
            problems.add("orderRef", "must be the order's id");
        }
        problems.require("agreementNumber", m.agreementNumber()).maxLength("agreementNumber", m.agreementNumber(), 50)
                .require("sentAt", m.sentAt()).maxLength("sentAt", m.sentAt(), 40).require("payload", m.payload())
                .require("signature", m.signature()).maxLength("signature", m.signature(), 200);
        problems.throwIfAny();
        if (!partner.code.equals(m.sender())) {
            throw new AccessDeniedException("The message names " + m.sender() + " as sender, but it comes from "
                    + partner.name + " (" + partner.code + ").");
        }
        if (!platform.municipality().code().equals(m.recipient())) {
            throw new ValidationException("recipient", "is " + m.recipient() + ", not this municipality ("
                    + platform.municipality().code() + ")");
        }
        if (!PlatformKeys.verify(partner.publicKey, m.canonicalForm(), m.signature())) {
            throw new AccessDeniedException("The message's signature does not verify with " + partner.name
                    + "'s registered key.");
        }
    }

    private static DuplicateMessageException duplicate(InboxEntity seen, String hash) {
        boolean same = seen.payloadSha256.equals(hash);
        return new DuplicateMessageException(same ? "Message " + seen.messageId + " was already processed on "
                + Instant.ofEpochMilli(seen.receivedAt) + "; nothing was changed."
                : "Message id " + seen.messageId + " was already used for another message; nothing was changed.", same);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safe(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) : s.replaceAll("[^A-Za-z0-9._/-]", "_");
    }
}

package se.kommunmeny.purchasing.internal;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/**
 * Messages to partner platforms are written here in the transaction of the change they carry, so a change is never
 * made without its message nor a message sent for a change that was rolled back. The {@link Dispatcher} sends them.
 */
final class Outbox {
    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String REJECTED = "REJECTED";
    /** Shown to users while a message waits for the partner's platform. */
    static final String QUEUED = "QUEUED";

    private Outbox() {
    }

    /** Queues a message to the partner of a stay; returns its id. */
    static String enqueue(EntityManager em, PartnerEntity partner, String orderRef, String agreementNumber,
            String type, Object payload) {
        OutboxSequenceEntity sequence = em.find(OutboxSequenceEntity.class, 1, LockModeType.PESSIMISTIC_WRITE);
        sequence.lastSeq++;
        OutboxEntity m = new OutboxEntity();
        m.id = UUID.randomUUID().toString();
        m.seq = sequence.lastSeq;
        m.partnerId = partner.id;
        m.orderRef = orderRef;
        m.agreementNumber = agreementNumber;
        m.type = type;
        m.payload = Json.write(payload);
        m.sentAt = Instant.now().toString();
        m.status = PENDING;
        m.attempts = 0;
        m.nextAttemptAt = System.currentTimeMillis();
        em.persist(m);
        return m.id;
    }

    /** The latest message about an order, to show how its delivery fares. */
    static OutboxEntity latest(EntityManager em, String orderRef) {
        return em.createQuery("SELECT m FROM OutboxEntity m WHERE m.orderRef = :o ORDER BY m.seq DESC",
                OutboxEntity.class).setParameter("o", orderRef).setMaxResults(1).getResultList().stream().findFirst()
                .orElse(null);
    }

    static String delivery(OutboxEntity m) {
        if (m == null) {
            return null;
        }
        return PENDING.equals(m.status) ? QUEUED : m.status;
    }
}

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

    /** How the latest message about an order (or invoice) fares; its payload is not read. */
    record Delivery(String status, int attempts, long nextAttemptAt, String lastError) {
        /** QUEUED while pending, else DELIVERED or REJECTED. */
        String shown() {
            return PENDING.equals(status) ? QUEUED : status;
        }
    }

    /** The delivery of the latest message about an order or invoice, or {@code null} when none was sent. */
    static Delivery latest(EntityManager em, String orderRef) {
        return em.createQuery("SELECT m.status, m.attempts, m.nextAttemptAt, m.lastError FROM OutboxEntity m "
                + "WHERE m.orderRef = :o ORDER BY m.seq DESC", Object[].class).setParameter("o", orderRef)
                .setMaxResults(1).getResultList().stream().findFirst()
                .map(r -> new Delivery((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue(),
                        (String) r[3])).orElse(null);
    }
}

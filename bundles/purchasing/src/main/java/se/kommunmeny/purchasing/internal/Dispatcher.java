package se.kommunmeny.purchasing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.purchasing.api.FederationMessage;

/**
 * Sends the outbox: oldest first, one message at a time per order (a change never overtakes the order it changes),
 * until the partner's platform answers. A platform that is down or refuses for a passing reason is tried again with
 * exponential backoff and jitter; a message it refuses for good is marked REJECTED with the refusal, and a refused
 * order is shown as UNDELIVERABLE. Nothing is dropped: pending messages survive restarts in the database.
 */
@Component(service = Dispatcher.class, immediate = true)
public class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 100;

    private final PurchasingRepository repository;
    private final PlatformIdentity platform;
    private final PartnerClient client;
    private final ScheduledExecutorService executor;

    @Activate
    public Dispatcher(@Reference PurchasingRepository repository, @Reference PlatformIdentity platform) {
        this.repository = repository;
        this.platform = platform;
        PurchasingConfig config = platform.config();
        this.client = PartnerClient.of(config);
        if (client.problem() != null) {
            LOG.error("No message is sent to partner platforms until the purchasing configuration is corrected: {}",
                    client.problem());
        }
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kommunmeny-purchasing-outbox");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::sendDue, 500, config.pollMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Looks for due messages now rather than at the next poll. */
    void poke() {
        if (!executor.isShutdown()) {
            executor.execute(this::sendDue);
        }
    }

    private void sendDue() {
        try {
            long now = System.currentTimeMillis();
            List<OutboxEntity> due = repository.inTransaction(em -> em.createQuery("SELECT m FROM OutboxEntity m "
                    + "WHERE m.status = :s AND m.nextAttemptAt <= :now ORDER BY m.seq", OutboxEntity.class)
                    .setParameter("s", Outbox.PENDING).setParameter("now", now).setMaxResults(BATCH).getResultList());
            Set<String> held = new HashSet<>();
            for (OutboxEntity m : due) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (held.contains(m.orderRef) || hasEarlierPending(m)) {
                    held.add(m.orderRef);
                    continue;
                }
                if (!send(m)) {
                    held.add(m.orderRef);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("The outbox could not be sent now: {}", e.toString());
        }
    }

    private boolean hasEarlierPending(OutboxEntity m) {
        return repository.inTransaction(em -> em.createQuery("SELECT COUNT(o) FROM OutboxEntity o WHERE o.orderRef = :r "
                + "AND o.status = :s AND o.seq < :seq", Long.class).setParameter("r", m.orderRef)
                .setParameter("s", Outbox.PENDING).setParameter("seq", m.seq).getSingleResult() > 0);
    }

    /** One attempt; {@code true} when the message is settled (delivered or rejected). */
    private boolean send(OutboxEntity m) {
        PartnerEntity partner = repository.inTransaction(em -> em.find(PartnerEntity.class, m.partnerId));
        PartnerClient.Outcome outcome;
        if (partner == null || partner.platformUrl == null || partner.passwordSealed == null) {
            outcome = new PartnerClient.Outcome(PartnerClient.Outcome.Kind.REJECTED,
                    "the partner has no platform to send to");
        } else {
            FederationMessage unsigned = new FederationMessage(m.id, m.type, m.orderRef, m.agreementNumber,
                    platform.municipality().code(), partner.code, m.sentAt, m.payload, null);
            FederationMessage message = new FederationMessage(m.id, m.type, m.orderRef, m.agreementNumber,
                    unsigned.sender(), unsigned.recipient(), m.sentAt, m.payload,
                    platform.keys().sign(unsigned.canonicalForm()));
            outcome = client.deliver(partner, platform.keys().unseal(partner.passwordSealed), message);
        }
        PartnerClient.Outcome result = outcome;
        repository.inTransaction(em -> {
            OutboxEntity row = em.find(OutboxEntity.class, m.id);
            row.attempts++;
            switch (result.kind()) {
                case DELIVERED -> {
                    row.status = Outbox.DELIVERED;
                    row.deliveredAt = System.currentTimeMillis();
                    row.lastError = null;
                }
                case REJECTED -> {
                    row.status = Outbox.REJECTED;
                    row.lastError = bounded(result.detail());
                    if (Stays.ORDER.equals(row.type)) {
                        StayEntity order = em.find(StayEntity.class, row.orderRef);
                        if (order != null && Stays.SENT.equals(order.status)) {
                            order.status = Stays.UNDELIVERABLE;
                            order.refusal = bounded(result.detail());
                        }
                    }
                }
                case RETRY -> {
                    row.lastError = bounded(result.detail());
                    row.nextAttemptAt = System.currentTimeMillis() + backoff(row.attempts);
                }
            }
            return null;
        });
        if (result.kind() != PartnerClient.Outcome.Kind.DELIVERED) {
            LOG.info("Message {} ({}) to partner {}: {} after {} attempt(s): {}", m.id, m.type,
                    partner == null ? m.partnerId : partner.code, result.kind(), m.attempts + 1, result.detail());
        }
        return result.kind() != PartnerClient.Outcome.Kind.RETRY;
    }

    /** base × 2^(attempts−1), at most the configured maximum, ±25 % so that partners do not retry in step. */
    long backoff(int attempts) {
        PurchasingConfig config = platform.config();
        return Backoff.delay(attempts, config.retryBaseMillis(), config.retryMaxMillis(),
                ThreadLocalRandom.current().nextDouble());
    }

    private static String bounded(String s) {
        return s == null ? null : s.length() > 2000 ? s.substring(0, 2000) : s;
    }
}

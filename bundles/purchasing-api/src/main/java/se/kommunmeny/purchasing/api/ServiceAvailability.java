package se.kommunmeny.purchasing.api;

import java.time.Instant;

/** A sold service's capacity and free places as the supplier's platform reports them now. */
public record ServiceAvailability(String serviceId, String serviceName, Integer capacity, Integer freePlaces,
        Instant readAt) {
}

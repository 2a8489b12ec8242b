package se.kommunmeny.purchasing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as stored, with its placements now.
 *
 * @param freePlaces for a BUY agreement with a platform: the supplier's free places as last read, with
 *        {@code freePlacesReadAt}; for SELL: this platform's own figure
 */
public record AgreementView(String id, String partnerId, String partnerName, String role, String number,
        String serviceId, String serviceName, String serviceType, List<String> targetGroups, PriceModel price,
        int reservedPlaces, int vacancyGraceDays, BigDecimal vacancyPercent, int noticeDays, LocalDate validFrom,
        LocalDate validTo, String buyerReference, String jointPool, Integer jointPoolPlaces, Integer minAge,
        Integer maxAge, int activePlacements, Integer capacity, Integer freePlaces, Instant freePlacesReadAt,
        Instant registeredAt, String registeredBy) {
}

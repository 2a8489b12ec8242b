package se.kommunmeny.purchasing.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * An agreement with a partner about one service (unit manager). Both platforms register the same agreement: the
 * buyer (role BUY) and the supplier (role SELL), under the same number.
 *
 * @param role BUY (this municipality buys from the partner) or SELL (it sells to the partner)
 * @param number the agreement number both sides use
 * @param serviceId the supplier's service, as its menu names it (e.g. {@code treatment-plan/tolvsteg})
 * @param serviceType the menu row on the buyer's menu: TREATMENT, MAINTAINING, HOUSING, EMPLOYMENT, ...
 * @param targetGroups the menu columns, e.g. ADULTS_WITH_ADDICTION
 * @param reservedPlaces places paid whether used or not
 * @param vacancyGraceDays a reserved place vacant this many days in a row is paid in full; after that at
 *        {@code vacancyPercent}
 * @param noticeDays notice the buyer must give to end a placement; billed through the notice period
 * @param validFrom first day (yyyy-mm-dd)
 * @param validTo last day, open when absent
 * @param buyerReference the buyer's reference for invoices (Peppol BuyerReference)
 * @param jointPool the name of a pool of places shared by several buyers (joint model), or empty
 * @param jointPoolPlaces the pool's places in total
 * @param minAge youngest age the service takes, or absent
 * @param maxAge oldest age, or absent
 */
public record AgreementRequest(String partnerId, String role, String number, String serviceId, String serviceName,
        String serviceType, List<String> targetGroups, PriceModel price, Integer reservedPlaces,
        Integer vacancyGraceDays, BigDecimal vacancyPercent, Integer noticeDays, String validFrom, String validTo,
        String buyerReference, String jointPool, Integer jointPoolPlaces, Integer minAge, Integer maxAge) {
}

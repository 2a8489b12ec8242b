package se.kommunmeny.supportgroups.api;

/**
 * A partner municipality's share of a cohort's places (samverkan).
 *
 * @param code the partner municipality's four-digit code
 * @param user the platform user (role {@code partner}) acting for that municipality
 * @param enrolled participants enrolled in the share (in a view; ignored in a request)
 * @param waiting participants waiting for a place in the share (in a view; ignored in a request)
 */
public record PartnerShare(String code, String name, Integer places, String user, Integer enrolled, Integer waiting) {
}

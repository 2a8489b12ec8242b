package se.kommunmeny.treatmentplan.api;

/**
 * A client's enrolment in a programme, or a placement by a commissioning municipality.
 *
 * @param personRef the person register's id, or an anonymous contact's code (voluntary counselling only)
 * @param programmeId a programme this municipality runs
 * @param legalBasis SOL, LVM, KRIMINALVARD or SERVICELOVEN (Denmark); voluntary care of the country when absent
 * @param commissionerCode the commissioning (paying) municipality's code; this municipality when absent
 * @param commissionerName its name; this municipality's when absent
 * @param grantedFrom first day of the granted period (yyyy-mm-dd); today when absent
 * @param grantedTo last day of the granted period; three months when absent
 * @param phase PRIMARY (default) or AFTERCARE
 */
public record EnrolmentRequest(String personRef, String programmeId, String legalBasis, String commissionerCode,
        String commissionerName, String grantedFrom, String grantedTo, String phase) {
}

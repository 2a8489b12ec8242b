package se.kommunmeny.treatmentplan.api;

/** A session added by hand; {@code date} yyyy-mm-dd inside the granted period, {@code startTime} hh:mm. */
public record NewSession(String kind, String date, String startTime, String theme) {
}

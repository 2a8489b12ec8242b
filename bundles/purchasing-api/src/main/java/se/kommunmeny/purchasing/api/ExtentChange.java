package se.kommunmeny.purchasing.api;

/** A change between full and half time from a day on (yyyy-mm-dd). */
public record ExtentChange(String extent, String from) {
}

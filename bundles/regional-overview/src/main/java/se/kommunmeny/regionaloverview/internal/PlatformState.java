package se.kommunmeny.regionaloverview.internal;

/**
 * What is known of a platform: its configuration, the last attempt to read it and the last menu it gave.
 *
 * @param lastAttempt {@code null} before the first attempt or when the configuration is invalid
 * @param lastGood the last reading with a menu, or {@code null} when it never answered with one
 */
public record PlatformState(PlatformSettings settings, Reading lastAttempt, Reading lastGood) {

    public enum Status { OK, UNANSWERED, INVALID_CONFIGURATION }

    public static PlatformState initial(PlatformSettings settings) {
        return new PlatformState(settings, null, null);
    }

    public PlatformState after(Reading reading) {
        return new PlatformState(settings, reading, reading.ok() ? reading : lastGood);
    }

    public Status status() {
        if (!settings.valid()) {
            return Status.INVALID_CONFIGURATION;
        }
        return lastAttempt != null && lastAttempt.ok() ? Status.OK : Status.UNANSWERED;
    }

    /** Did not answer now, but its last good menu is shown. */
    public boolean stale() {
        return status() == Status.UNANSWERED && lastGood != null;
    }

    /** Why there is no fresh menu; {@code null} when there is. */
    public String reason() {
        return switch (status()) {
            case OK -> null;
            case INVALID_CONFIGURATION -> settings.problem();
            case UNANSWERED -> lastAttempt == null ? "not read yet" : lastAttempt.reason();
        };
    }
}

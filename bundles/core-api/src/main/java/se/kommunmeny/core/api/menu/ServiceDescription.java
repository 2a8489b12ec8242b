package se.kommunmeny.core.api.menu;

/**
 * The survey's description template for a service. Every field may be empty.
 *
 * @param need behov
 * @param offer erbjudande
 * @param content innehåll
 * @param targetGroup målgrupp
 * @param scope omfattning: weeks, places, sessions
 * @param staff personal
 * @param since historik: offered since
 */
public record ServiceDescription(String need, String offer, String content, String targetGroup, String scope,
        String staff, String since) {

    public ServiceDescription {
        need = orEmpty(need);
        offer = orEmpty(offer);
        content = orEmpty(content);
        targetGroup = orEmpty(targetGroup);
        scope = orEmpty(scope);
        staff = orEmpty(staff);
        since = orEmpty(since);
    }

    public static ServiceDescription empty() {
        return new ServiceDescription("", "", "", "", "", "", "");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}

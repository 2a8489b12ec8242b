package se.kommunmeny.regionaloverview.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * One platform as configured: where to read its menu and as whom, or why the configuration cannot be used
 * ({@code problem}). An invalid configuration is kept and shown in the overview rather than thrown away.
 *
 * @param id the configuration's alias ({@code arboga} for {@code …platform-arboga.cfg}), or its PID
 * @param url the base URL without a trailing slash; empty when invalid
 * @param password never shown, never logged
 * @param problem {@code null} when the configuration is usable
 */
public record PlatformSettings(String id, String url, String user, String password, String label, String problem) {
    public static final String FACTORY_PID = "se.kommunmeny.regionaloverview.platform";

    @Override
    public String toString() {
        // No credentials in logs or messages.
        return "PlatformSettings[id=" + id + ", url=" + url + ", label=" + label + ", problem=" + problem + "]";
    }

    public boolean valid() {
        return problem == null;
    }

    /** The label to show: the configured one, else the id. */
    public String displayName() {
        return label.isEmpty() ? id : label;
    }

    public static PlatformSettings of(String id, String url, String user, String password, String label) {
        String u = url == null ? "" : url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        String name = label == null ? "" : label.trim();
        String problem = urlProblem(u);
        if (problem == null && (user == null || user.isBlank())) {
            problem = "user is empty";
        }
        return new PlatformSettings(id, problem == null ? u : safeUrl(u), user == null ? "" : user.trim(),
                password == null ? "" : password, name, problem);
    }

    private static String urlProblem(String url) {
        if (url.isEmpty()) {
            return "url is empty";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "url is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "url must be an http or https URL";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "url has no host";
        }
        if (uri.getRawUserInfo() != null) {
            return "url must not carry credentials (use user and password)";
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "url must not have a query or fragment";
        }
        return null;
    }

    /** An invalid URL as it may be shown: without anything that could be a credential. */
    private static String safeUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getRawUserInfo() != null) {
                return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
                        .toString();
            }
        } catch (URISyntaxException e) {
            return "";
        }
        return url;
    }

    /**
     * The alias of a factory configuration: the name after {@code ~} (named factory configurations), else the part
     * of Felix FileInstall's file name after the factory PID, else the PID.
     */
    static String idOf(Map<String, Object> properties) {
        String pid = String.valueOf(properties.getOrDefault("service.pid", ""));
        int tilde = pid.indexOf('~');
        if (tilde >= 0 && tilde < pid.length() - 1) {
            return pid.substring(tilde + 1);
        }
        Object file = properties.get("felix.fileinstall.filename");
        if (file != null) {
            String name = file.toString();
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            name = name.replaceFirst("\\.(cfg|config|json)$", "");
            if (name.startsWith(FACTORY_PID + "-") && name.length() > FACTORY_PID.length() + 1) {
                return name.substring(FACTORY_PID.length() + 1);
            }
        }
        return pid;
    }
}

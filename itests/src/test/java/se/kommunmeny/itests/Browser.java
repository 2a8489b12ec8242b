package se.kommunmeny.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real headless browser for the tests: Debian's Chromium (installed by .ci/run). It loads a page the way a person's
 * browser does, runs its layout, and hands back the DOM it rendered and a screenshot.
 */
final class Browser {
    private Browser() {
    }

    /**
     * Loads {@code url} (credentials may be in it), saves a screenshot of {@code width} × {@code height} pixels and
     * returns the rendered DOM.
     */
    static String render(String url, Path screenshot, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> common = List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        List<String> dump = new ArrayList<>(common);
        dump.addAll(List.of("--dump-dom", url));
        String dom = run(dump);
        List<String> shot = new ArrayList<>(common);
        shot.addAll(List.of("--screenshot=" + screenshot.toAbsolutePath(), url));
        run(shot);
        return dom;
    }

    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("Chromium is not installed (Debian package chromium; .ci/run installs it)");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish");
        }
        return out;
    }
}

package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * The menu page in a real browser (headless Chromium, Debian's package): the page a municipality shows is
 * rendered from the live menu, laid out like the survey's table, in Swedish and in English. A screenshot of each
 * language is left in target/ for a human to look at.
 */
public class MenuPageBrowserIT extends KommunmenyTestSupport {
    private KarafProcess karaf;

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    @Test
    public void menuPageRendersTheLiveMenuInABrowser() throws Exception {
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "browser");
        karaf = KarafProcess.unpack(dir, USERS);
        karaf.addBootFeature("kommunmeny-examples");
        try {
            karaf.write("se.kommunmeny.offerings.cfg", "offerings = treatment-plan\n");
            karaf.write("se.kommunmeny.menu.entry-aa.cfg", "id = aa\nname = AA\ntype = OTHER\n"
                    + "targetGroups = ADULT_MEN, ADULT_WOMEN\nanonymous = true\nproviderKind = PURCHASED\n"
                    + "providerName = Anonyma Alkoholister\n");
            karaf.write("se.kommunmeny.menu.entry-dropp.cfg", "id = dropp\nname = Dropp\ntype = TREATING\n"
                    + "targetGroups = RELATIVES_CHILDREN\nanonymous = true\n"
                    + "content = St\\u00f6dgrupp f\\u00f6r barn till f\\u00f6r\\u00e4ldrar med missbruksproblematik\n");
            karaf.start();
            await("ready with the treatment plan", Duration.ofSeconds(180), () -> {
                Answer a = tryGet("/api/health");
                return a != null && a.status() == 200 && a.body().contains("treatment-plan");
            });
            String sv = browse("/api/menu/html", dir.resolve("menu-sv.png"));
            assertTrue(sv, sv.contains("Vad finns på menyn? Arboga"));
            // The survey's columns and rows, in order.
            assertTrue(sv.indexOf(">Vuxna<") < sv.indexOf(">Unga vuxna<") && sv.indexOf(">Unga vuxna<") < sv.indexOf(">Anhöriga<"));
            List<String> rows = all(sv, "<tr data-type=\"([A-Z_]+)\"");
            assertEquals(List.of("MOTIVATING_ADVISORY", "TREATING", "MAINTAINING", "WORK_SUPPORT", "HOUSING_SUPPORT",
                    "OTHER"), rows);
            // The programme spans the two adult columns in one cell; Dropp sits in the children's column of the
            // same row.
            assertTrue(sv, Pattern.compile("<td class=\"entry\" colspan=\"2\" data-entry=\"treatment-plan/kbt-12\">").matcher(sv).find());
            assertTrue(sv.contains("data-entry=\"configured/dropp\""));
            assertTrue(sv.contains("Dropp</a> <span class=\"anon\">*</span>"));
            assertTrue(sv, sv.contains("8/8 platser"));
            String en = browse("/api/menu/html?lang=en", dir.resolve("menu-en.png"));
            assertTrue(en.contains("What is on the menu? Arboga") && en.contains(">Relatives<") && en.contains(">Treating<"));
            assertTrue(Files.size(dir.resolve("menu-sv.png")) > 10_000);
        } finally {
            karaf.stop();
        }
    }

    private Answer tryGet(String path) {
        try {
            return get(OPERATOR, path);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Loads the page in headless Chromium (credentials in the URL) and returns the DOM it rendered. */
    private String browse(String path, Path screenshot) throws IOException, InterruptedException {
        return Browser.render("http://" + OPERATOR + ":" + OPERATOR + PASSWORD_SUFFIX + "@127.0.0.1:"
                + karaf.httpPort() + "/kommunmeny" + path, screenshot, 1280, 900);
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

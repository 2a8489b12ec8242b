package se.kommunmeny.supportgroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kommunmeny.core.api.menu.TargetGroup;

class GroupTemplateTest {
    private static final List<String> SHIPPED = List.of("anhoriggrupp", "anhorigprogram-7v", "big", "capt", "dropp",
            "linus", "parsamtal", "tapp");

    private static GroupTemplate shipped(String id) {
        URL url = GroupTemplateTest.class.getClassLoader().getResource("programmes/" + id + ".json");
        return GroupTemplateCatalog.read(url).orElseThrow(() -> new AssertionError(id + " is not usable"));
    }

    @Test
    void everyShippedTemplateIsUsable() {
        for (String id : SHIPPED) {
            assertEquals(id, shipped(id).id);
        }
        GroupTemplate dropp = shipped("dropp");
        assertEquals(15, dropp.meetings);
        assertEquals(90, dropp.minutesPerMeeting);
        assertEquals(7, dropp.ageBand.min);
        assertEquals(12, dropp.ageBand.max);
        assertEquals(2, dropp.parallelParentMeetings);
        assertEquals(TargetGroup.RELATIVES_CHILDREN, dropp.defaultTargetGroup());
        assertEquals(120, shipped("tapp").minutesPerMeeting);
        assertTrue(shipped("anhorigprogram-7v").anonymous);
        assertEquals(7, shipped("anhorigprogram-7v").meetings);
        assertEquals(TargetGroup.RELATIVES_ADULTS, shipped("parsamtal").defaultTargetGroup());
    }

    @Test
    void aBrokenTemplateSaysWhy() {
        GroupTemplate t = GroupCalendarTest.template(15, 2);
        assertEquals(List.of(), t.problems());
        t.themes.remove(0);
        t.audience = "ADULT_RELATIVES";
        t.maxParticipants = 0;
        List<String> problems = t.problems();
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void aMunicipalitysOwnFileWinsAndABrokenOneIsNotUsed(@TempDir Path etc) throws Exception {
        Files.writeString(etc.resolve("dropp.json"), "{\"id\":\"dropp\",\"name\":\"Egen Dropp\",\"audience\":\"CHILDREN\","
                + "\"ageBand\":{\"min\":8,\"max\":12},\"meetings\":1,\"minutesPerMeeting\":60,\"themes\":[\"Start\"],"
                + "\"maxParticipants\":6}");
        Files.writeString(etc.resolve("trasig.json"), "{\"id\":\"trasig\"}");
        GroupTemplateCatalog catalog = new GroupTemplateCatalog(Map.of("dropp", shipped("dropp"), "big", shipped("big")),
                etc);
        assertEquals("Egen Dropp", catalog.get("dropp").orElseThrow().name);
        assertEquals("BIG – Barn i grupp", catalog.get("big").orElseThrow().name);
        assertFalse(catalog.get("trasig").isPresent());
        assertFalse(catalog.get("../dropp").isPresent());
        assertEquals(List.of("big", "dropp"), List.copyOf(catalog.all().keySet()));
    }
}

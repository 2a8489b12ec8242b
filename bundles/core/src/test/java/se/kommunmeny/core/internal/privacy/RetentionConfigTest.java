package se.kommunmeny.core.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.privacy.RetentionRule;

class RetentionConfigTest {

    @Test
    void theShippedDefaultsParseWithoutProblems() throws IOException {
        Path shipped = Path.of("../../karaf-assembly/src/main/resources/etc/se.kommunmeny.retention.cfg");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(shipped)) {
            properties.load(in);
        }
        Map<String, Object> map = new HashMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v));
        RetentionConfig config = RetentionConfig.parse(map);
        assertEquals(java.util.List.of(), config.problems());
        assertEquals(RetentionRule.parse("P5Y after-last-entry"), config.rulesOf("treatment-plan").get("enrolment"));
        assertEquals(Set.of("enrolment", "plan"), config.rulesOf("treatment-plan").keySet());
        for (String offering : new String[] {"housing-support", "employment-support", "support-groups",
                "purchasing"}) {
            assertTrue(config.rulesOf(offering).containsKey(offering.equals("support-groups") ? "participant"
                    : "placement"), offering);
        }
        assertEquals(RetentionRule.parse("P5Y after-created"), config.personRule());
        assertEquals(RetentionRule.parse("P5Y after-created"), config.anonymousContactRule());
        assertEquals(RetentionRule.parse("P90D after-created"), config.rulesOf("purchasing").get("delivered-message"));
        assertEquals(Set.of(5, 15, 25), config.exemptBirthDays());
        assertEquals(LocalTime.of(2, 30), config.scheduleTime());
    }

    @Test
    void withoutConfigurationNothingHasARule() {
        RetentionConfig config = RetentionConfig.parse(Map.of("service.pid", "se.kommunmeny.retention",
                "component.name", "se.kommunmeny.core.internal.privacy.RetentionJob", "component.id", 42L,
                "jpa.target", "(osgi.unit.name=kommunmeny-core)",
                "felix.fileinstall.filename", "file:/opt/kommunmeny/etc/se.kommunmeny.retention.cfg"));
        assertTrue(config.problems().isEmpty());
        assertTrue(config.rules().isEmpty());
        assertEquals(RetentionRule.KEEP, config.personRule());
        assertEquals(RetentionRule.KEEP, config.anonymousContactRule());
        assertTrue(config.exemptBirthDays().isEmpty());
    }

    @Test
    void everyBadValueIsNamed() {
        RetentionConfig config = RetentionConfig.parse(Map.of(
                "housing-support.placement", "five years",
                "core.audit-log", "P10Y after-created",
                "exempt.birth-days", "5, 32, x",
                "schedule.time", "half past two",
                "schedule.enabled", "sometimes",
                "treatment-plan.plan", "P2Y after-last-entry"));
        assertEquals(6, config.problems().size(), config.problems().toString());
        assertTrue(config.problems().stream().anyMatch(p -> p.startsWith("housing-support.placement: ")));
        assertTrue(config.problems().stream().anyMatch(p -> p.startsWith("core.audit-log: ")));
        assertFalse(config.rulesOf("core").containsKey("audit-log"));
        assertEquals(Set.of(5), config.exemptBirthDays());
    }
}

package se.kommunmeny.treatmentplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.treatmentplan.api.PlanContent;

/**
 * Any JSON a client sends as a plan's content: either the JSON reader refuses it (a 400 over REST), or validation
 * answers field problems, or the content is stored and reads back equal. Validation itself never throws (a throw
 * there would be a 500), and storing throws nothing but the documented {@link ValidationException} for a content
 * longer than a plan may be.
 */
class PlanContentsFuzzTest {
    /** As the platform's REST reader: unknown fields refused. */
    private static final ObjectMapper CLIENT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @FuzzTest(maxDuration = "60s")
    void contentIsRefusedOrStoredAndReadBack(FuzzedDataProvider data) {
        PlanContent content;
        try {
            content = CLIENT.readValue(data.consumeRemainingAsString(), PlanContent.class);
        } catch (JsonProcessingException refused) {
            return;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        PlanContents.validate(content, problems);
        if (!problems.isEmpty()) {
            return;
        }
        String stored;
        try {
            stored = PlanContents.store(content);
        } catch (ValidationException tooLong) {
            return;
        }
        assertEquals(content, PlanContents.read(stored));
    }
}

package se.kommunmeny.treatmentplan.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kommunmeny.treatmentplan.api.PlanContent;

/**
 * The mapping between a plan's content and its SOAP form: what a SOAP request can carry (null list elements
 * included) becomes a content without an exception, and a content that can be stored maps to XML and back with a
 * second round trip changing nothing (absent lists become empty ones, nothing else).
 */
class PlanContentXmlFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @FuzzTest(maxDuration = "30s")
    void contentMapsToXmlAndBack(FuzzedDataProvider data) {
        PlanContent content;
        try {
            content = MAPPER.readValue(data.consumeRemainingAsString(), PlanContent.class);
        } catch (JsonProcessingException refused) {
            return;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        if (content == null) {
            return;
        }
        // In: whatever JAXB can fill in, null elements included, becomes a content for validation to judge.
        PlanContentXml in = new PlanContentXml();
        in.startSituation = content.startSituation();
        in.longTermGoals.addAll(content.longTermGoals() == null ? List.of() : content.longTermGoals());
        in.subGoals.addAll(content.subGoals() == null ? List.of() : content.subGoals());
        in.specialNeeds.addAll(content.specialNeeds() == null ? List.of() : content.specialNeeds());
        assertEquals(in.longTermGoals, in.toContent().longTermGoals());
        // Out: a content that can be stored (validation refuses empty activities) maps to XML and back unchanged.
        if (content.activities() != null && content.activities().contains(null)) {
            return;
        }
        PlanContent once = PlanContentXml.of(content).toContent();
        assertEquals(once, PlanContentXml.of(once).toContent());
    }
}

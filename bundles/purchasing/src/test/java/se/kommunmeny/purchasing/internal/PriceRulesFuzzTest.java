package se.kommunmeny.purchasing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.purchasing.api.PriceModel;

/**
 * Prices and amounts as clients send them. A price model read as the platform's REST reader reads it (numbers of up
 * to 64 characters) either has field problems or is usable: stored and read back equal, its index factor computed
 * — never an exception, never a hang on an extreme number. An amount either passes the money rules of agreements
 * and of invoicing alike, or gets a field problem.
 */
class PriceRulesFuzzTest {
    private static final ObjectMapper CLIENT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        CLIENT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNumberLength(64).build());
    }

    @FuzzTest(maxDuration = "60s")
    void priceModelIsRefusedOrUsable(FuzzedDataProvider data) {
        PriceModel price;
        try {
            price = CLIENT.readValue(data.consumeRemainingAsString(), PriceModel.class);
        } catch (JsonProcessingException refused) {
            return;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        if (price == null) {
            return;
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        PriceRules.check(problems, price);
        if (!problems.isEmpty()) {
            return;
        }
        PriceModel normalised = PriceRules.normalised(price);
        assertEquals(normalised, Json.read(Json.write(normalised), PriceModel.class));
        assertTrue(PriceRules.indexFactor(normalised).signum() > 0, "a usable price has a positive index factor");
    }

    @FuzzTest(maxDuration = "30s")
    void amountPassesBothMoneyRulesOrNeither(FuzzedDataProvider data) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(data.consumeRemainingAsString());
        } catch (NumberFormatException notANumber) {
            return;
        }
        ValidationException.Collector problems = new ValidationException.Collector();
        Money.check(problems, "amount", amount);
        if (problems.isEmpty()) {
            assertEquals(amount, se.kommunmeny.purchasing.internal.invoicing.MoneyAccess.requireValid(amount));
        }
    }
}

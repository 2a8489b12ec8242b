package se.kommunmeny.purchasing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.problem.FieldProblem;
import se.kommunmeny.core.api.problem.ValidationException;
import se.kommunmeny.purchasing.api.PriceModel;

class PriceRulesTest {

    private static List<FieldProblem> problems(String base, String current) {
        PriceModel p = new PriceModel("SEK", null, null, new BigDecimal("1200"), null, null, List.of(), "KPI",
                new BigDecimal(base), new BigDecimal(current));
        ValidationException.Collector problems = new ValidationException.Collector();
        PriceRules.check(problems, p);
        if (problems.isEmpty()) {
            return List.of();
        }
        try {
            problems.throwIfAny();
            throw new AssertionError("no exception");
        } catch (ValidationException e) {
            return e.fieldProblems();
        }
    }

    @Test
    void ordinaryIndexValuesPass() {
        assertEquals(List.of(), problems("100.0", "104.5"));
        assertEquals(List.of(), problems("321.9876", "999999.9999"));
    }

    /** 1E+999999999 is twelve characters of JSON; the index factor of it would take minutes and gigabytes. */
    @Test
    void extremeIndexValuesAreFieldProblems() {
        List<FieldProblem> p = problems("1E-999999999", "1E+999999999");
        assertEquals(List.of("price.indexBase", "price.indexCurrent"), p.stream().map(FieldProblem::field).toList());
        assertTrue(p.get(1).message().startsWith("must be below"), p.toString());
        assertEquals("price.indexCurrent", problems("999999", "0.0001").get(0).field(),
                "an index factor that rounds to 0 would make every price 0");
    }
}

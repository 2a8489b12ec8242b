package se.kommunmeny.core.internal.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.kommunmeny.core.api.municipality.Country;
import se.kommunmeny.core.api.municipality.Municipality;

class MunicipalityServiceImplTest {

    static MunicipalityConfig config(String code, String name, String county, String country) {
        return config(code, name, county, country, "");
    }

    static MunicipalityConfig config(String code, String name, String county, String country, String district) {
        return new MunicipalityConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MunicipalityConfig.class;
            }

            @Override
            public String code() {
                return code;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String county() {
                return county;
            }

            @Override
            public String country() {
                return country;
            }

            @Override
            public String district() {
                return district;
            }
        };
    }

    private static String problemOf(MunicipalityConfig config) {
        MunicipalityServiceImpl.Result r = MunicipalityServiceImpl.validate(config);
        assertNull(r.municipality(), "an invalid configuration must not yield a municipality");
        assertNotNull(r.problem());
        return r.problem();
    }

    @Test
    void validSwedishMunicipality() {
        MunicipalityServiceImpl.Result r = MunicipalityServiceImpl.validate(
                config(" 1984 ", " Arboga ", " Västmanlands län ", "se"));
        assertNull(r.problem());
        Municipality m = r.municipality();
        assertEquals("1984", m.code());
        assertEquals("Arboga", m.name());
        assertEquals("Västmanlands län", m.county());
        assertEquals(Country.SE, m.country());
    }

    @Test
    void aDistrictPlatformCarriesItsMunicipalitysCodeAndTheDistrict() {
        Municipality skultuna = MunicipalityServiceImpl.validate(
                config("1980", "Västerås", "Västmanlands län", "SE", " Skultuna ")).municipality();
        assertEquals("1980", skultuna.code());
        assertEquals(Optional.of("Skultuna"), skultuna.district());
        assertEquals(Optional.empty(), MunicipalityServiceImpl.validate(
                config("1980", "Västerås", "Västmanlands län", "SE")).municipality().district());
    }

    @Test
    void aCountyInstanceCarriesTheCountysTwoDigitCode() {
        Municipality county = MunicipalityServiceImpl.validate(
                config("19", "Länsstyrelsen i Västmanlands län", "Västmanlands län", "SE")).municipality();
        assertEquals("19", county.code());
        assertTrue(problemOf(config("198", "Arboga", "Västmanlands län", "SE")).contains("four digits"));
    }

    @Test
    void danishThreeDigitCodeIsNormalisedToFour() {
        MunicipalityServiceImpl.Result r = MunicipalityServiceImpl.validate(
                config("400", "Bornholm", "Region Hovedstaden", "DK"));
        assertNull(r.problem());
        assertEquals("0400", r.municipality().code());
        assertEquals(Country.DK, r.municipality().country());
        assertEquals("0400", MunicipalityServiceImpl.validate(config("0400", "Bornholm", "Region Hovedstaden", "DK"))
                .municipality().code());
    }

    @Test
    void missingConfiguration() {
        String problem = problemOf(config("", "", "", ""));
        assertTrue(problem.contains("missing"), problem);
        assertTrue(problem.contains(MunicipalityServiceImpl.PID), problem);
    }

    @Test
    void badCountry() {
        String problem = problemOf(config("0301", "Oslo", "Oslo", "NO"));
        assertTrue(problem.contains("country must be SE or DK"), problem);
        String empty = problemOf(config("1984", "Arboga", "Västmanlands län", ""));
        assertTrue(empty.contains("country must be SE or DK"), empty);
    }

    @Test
    void swedishCodeNeedsFourDigits() {
        for (String code : new String[] {"198", "19845", "19a4", ""}) {
            String problem = problemOf(config(code, "Arboga", "Västmanlands län", "SE"));
            assertTrue(problem.contains("a Swedish municipality code has four digits"), code + ": " + problem);
        }
    }

    @Test
    void danishCodeNeedsThreeOrFourDigits() {
        for (String code : new String[] {"40", "40000", "4x0"}) {
            String problem = problemOf(config(code, "Bornholm", "Region Hovedstaden", "DK"));
            assertTrue(problem.contains("a Danish municipality code has three digits"), code + ": " + problem);
        }
    }

    @Test
    void missingNameAndCountyAreBothListed() {
        String problem = problemOf(config("1984", " ", "", "SE"));
        assertTrue(problem.contains("name is required"), problem);
        assertTrue(problem.contains("county is required"), problem);
        assertTrue(problem.contains("invalid"), problem);
        assertTrue(!problem.contains("four digits") && !problem.contains("country"), problem);
    }

    @Test
    void everyProblemIsListed() {
        String problem = problemOf(config("12", "", "", "XX"));
        assertTrue(problem.contains("country must be SE or DK"), problem);
        assertTrue(problem.contains("name is required"), problem);
        assertTrue(problem.contains("county is required"), problem);
    }

    @Test
    void serviceIsNotConfiguredBeforeActivation() {
        MunicipalityServiceImpl service = new MunicipalityServiceImpl();
        assertEquals(Optional.empty(), service.current());
        assertTrue(service.problem().isPresent());
    }

    @Test
    void configureKeepsCurrentAndProblemConsistent() {
        MunicipalityServiceImpl service = new MunicipalityServiceImpl();

        service.configure(config("1984", "Arboga", "Västmanlands län", "SE"));
        assertEquals(Optional.empty(), service.problem());
        assertEquals("Arboga", service.current().orElseThrow().name());

        // A later invalid configuration (Modified) clears the municipality and explains why.
        service.configure(config("198", "Arboga", "Västmanlands län", "SE"));
        assertEquals(Optional.empty(), service.current());
        assertTrue(service.problem().orElseThrow().contains("four digits"));

        service.configure(config("", "", "", ""));
        assertEquals(Optional.empty(), service.current());
        assertTrue(service.problem().orElseThrow().contains("missing"));

        service.configure(config("400", "Bornholm", "Region Hovedstaden", "dk"));
        assertEquals(Optional.empty(), service.problem());
        assertEquals("0400", service.current().orElseThrow().code());
    }
}

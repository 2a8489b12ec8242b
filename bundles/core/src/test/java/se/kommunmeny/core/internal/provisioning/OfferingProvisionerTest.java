package se.kommunmeny.core.internal.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OfferingProvisionerTest {

    @Test
    void theOfferingsListIsReadAsOperatorsWriteIt() {
        assertEquals(List.of("treatment-plan", "housing-support"),
                List.copyOf(OfferingProvisioner.parse(" treatment-plan,housing-support  treatment-plan ")));
        assertEquals(List.of(), List.copyOf(OfferingProvisioner.parse("")));
        assertEquals(List.of(), List.copyOf(OfferingProvisioner.parse(null)));
    }

    @Test
    void aFeatureConfigurationIsFoundAsAPidOrAsAFactoryConfigurationFromEtc() {
        assertEquals("(|(service.pid=se.kommunmeny.kommun))", OfferingProvisioner.configurationFilter("se.kommunmeny.kommun"));
        assertEquals("(|(service.pid=se.kommunmeny.treatmentplan.programme-kbt12)"
                + "(service.pid=se.kommunmeny.treatmentplan.programme~kbt12)"
                + "(felix.fileinstall.filename=*/se.kommunmeny.treatmentplan.programme-kbt12.cfg))",
                OfferingProvisioner.configurationFilter("se.kommunmeny.treatmentplan.programme-kbt12"));
    }
}

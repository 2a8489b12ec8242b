package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation2025_11;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.xml.serialize.read.DOMReader;

/**
 * The official Peppol BIS Billing 3.0 validation (phive): UBL 2.1 schema, EN 16931 rules and Peppol rules with the
 * national ones, in the current release (3.0.20, 2025.11) and the next (3.0.21, 2026.5).
 */
final class PeppolRules {
    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry;

    private PeppolRules() {
    }

    /** Asserts that an invoice or credit note passes every layer of both releases without an error. */
    static synchronized void assertValid(String xml) {
        if (registry == null) {
            registry = new ValidationExecutorSetRegistry<>();
            PeppolValidation2025_11.init(registry);
            PeppolValidation2026_05.init(registry);
        }
        boolean credit = xml.contains("<CreditNote") || xml.contains(":CreditNote ");
        for (DVRCoordinate id : credit
                ? List.of(PeppolValidation2025_11.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3,
                        PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3)
                : List.of(PeppolValidation2025_11.VID_OPENPEPPOL_INVOICE_UBL_V3,
                        PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3)) {
            IValidationExecutorSet<IValidationSourceXML> rules = registry.getOfID(id);
            ValidationResultList results = ValidationExecutionManager.executeValidation(
                    IValidityDeterminator.createDefault(), rules,
                    ValidationSourceXML.create("invoice.xml", DOMReader.readXMLDOM(xml)));
            int layers = 0;
            for (ValidationResult result : results) {
                layers += result.getValidity().isSkipped() ? 0 : 1;
            }
            List<String> errors = new ArrayList<>();
            results.forEachFlattened(e -> {
                if (e.getErrorLevel().isError()) {
                    errors.add("[" + e.getErrorID() + "] " + e.getErrorText(Locale.ENGLISH) + " at "
                            + e.getErrorFieldName());
                }
            });
            assertEquals(rules.getDisplayName() + ": " + errors, List.of(), errors);
            assertTrue(rules.getDisplayName() + " ran " + layers + " layers", layers >= 3);
        }
    }
}

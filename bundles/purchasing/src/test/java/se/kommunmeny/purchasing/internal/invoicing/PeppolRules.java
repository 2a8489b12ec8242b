package se.kommunmeny.purchasing.internal.invoicing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.helger.diagnostics.error.IError;
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
 * The official Peppol BIS Billing 3.0 validation artefacts through phive: the UBL 2.1 XML Schema, the EN 16931
 * Schematron (CEN-EN16931-UBL) and the Peppol Schematron (PEPPOL-EN16931-UBL, with the Swedish and Danish national
 * rules), in the releases 3.0.20 (2025.11) and 3.0.21 (2026.5).
 */
final class PeppolRules {
    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();

    /** What one rule release found: errors (fatal) and warnings, as "[rule id] text at location". */
    record Report(String release, int layersRun, List<String> errors, List<String> warnings) {
    }

    private PeppolRules() {
    }

    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        PeppolValidation2025_11.init(registry);
        PeppolValidation2026_05.init(registry);
        return registry;
    }

    static List<Report> validateInvoice(String xml) {
        return List.of(validate(xml, PeppolValidation2025_11.VID_OPENPEPPOL_INVOICE_UBL_V3),
                validate(xml, PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3));
    }

    static List<Report> validateCreditNote(String xml) {
        return List.of(validate(xml, PeppolValidation2025_11.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3),
                validate(xml, PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3));
    }

    private static Report validate(String xml, DVRCoordinate id) {
        IValidationExecutorSet<IValidationSourceXML> rules = REGISTRY.getOfID(id);
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), rules,
                ValidationSourceXML.create("invoice.xml", DOMReader.readXMLDOM(xml)));
        int run = 0;
        for (ValidationResult result : results) {
            run += result.getValidity().isSkipped() ? 0 : 1;
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        results.forEachFlattened(e -> (e.getErrorLevel().isError() ? errors : warnings).add(describe(e)));
        for (String warning : warnings) {
            System.out.println("Peppol " + rules.getDisplayName() + " warning: " + warning);
        }
        return new Report(rules.getDisplayName(), run, errors, warnings);
    }

    private static String describe(IError error) {
        return "[" + error.getErrorID() + "] " + error.getErrorText(Locale.ENGLISH) + " at "
                + error.getErrorFieldName();
    }
}

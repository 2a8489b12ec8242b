package se.kommunmeny.core.api.privacy;

import java.util.List;
import java.util.Map;

/**
 * One offering's part of a data-subject export.
 *
 * @param offering the offering's name
 * @param records per record type, the case files as column → value maps, with their dependent records nested under
 *        the name of their table
 */
public record RecordSection(String offering, Map<String, List<Map<String, Object>>> records) {

    public RecordSection {
        records = Map.copyOf(records);
    }
}

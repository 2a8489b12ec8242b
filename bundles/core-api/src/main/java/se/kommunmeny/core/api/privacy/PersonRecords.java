package se.kommunmeny.core.api.privacy;

import java.util.List;
import java.util.Map;

/**
 * What an offering holds about persons, for the core's data-subject export and retention job. Each offering
 * registers one as an OSGi service (whiteboard); an offering that is not installed contributes nothing.
 * Implementations do no role checks: the core checks the caller before it calls them, and audits the work.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface PersonRecords {

    /** The offering's name as used in configuration keys, e.g. {@code treatment-plan}. */
    String offering();

    /**
     * The module name the offering migrates its schema under ({@code schema_history_<module>}): while such a table
     * exists and the offering's service is absent, the core does not remove persons from the register, since the
     * absent offering may still hold records of them.
     */
    String schemaModule();

    /** The record types retention rules can name, e.g. {@code enrolment}, {@code plan}. */
    List<String> recordTypes();

    /** Everything the offering holds about one person (the register's id), grouped by record type. */
    RecordSection export(String personId);

    /** Whether the offering holds any record of the person. */
    boolean holdsRecordsOf(String personId);

    /**
     * Applies the run's rules to the offering's record types: a case file whose time has passed is deleted with
     * everything under it (or only counted, in a dry run).
     *
     * @return the number of case files deleted (or due, in a dry run) per record type, for every type that has a rule
     */
    Map<String, Integer> applyRetention(RetentionRun run);
}

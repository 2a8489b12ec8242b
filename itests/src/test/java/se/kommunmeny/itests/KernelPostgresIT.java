package se.kommunmeny.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The kernel on PostgreSQL, chosen only by the data-source configuration, as an operator switches. The server is
 * the test's own (see {@link PostgresServer}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KernelPostgresIT extends AbstractKernelIT {

    @Configuration
    public Option[] config() throws Exception {
        return postgresOptions().toArray(new Option[0]);
    }

    @Override
    protected String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}

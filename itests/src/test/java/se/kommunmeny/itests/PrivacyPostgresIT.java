package se.kommunmeny.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** {@link PrivacyIT} on PostgreSQL: the same export, retention and protected-identity tests. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PrivacyPostgresIT extends PrivacyIT {

    @Override
    @Configuration
    public Option[] config() throws Exception {
        return postgresOptions().toArray(new Option[0]);
    }
}

package se.kommunmeny.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The support-groups offering alone on PostgreSQL. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupportGroupsPostgresIT extends AbstractSupportGroupsIT {

    @Configuration
    public Option[] config() throws Exception {
        return postgresOptions().toArray(new Option[0]);
    }
}

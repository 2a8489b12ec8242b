package se.kommunmeny.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The treatment plan with housing and employment support (re-entry) on embedded Derby. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReentryDerbyIT extends AbstractReentryIT {

    @Configuration
    public Option[] config() throws Exception {
        return baseOptions().toArray(new Option[0]);
    }
}

package se.kommunmeny.itests;

import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The kernel on the distribution's default database: embedded Apache Derby. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KernelDerbyIT extends AbstractKernelIT {

    @Configuration
    public Option[] config() throws Exception {
        List<Option> options = baseOptions();
        return options.toArray(new Option[0]);
    }

    @Override
    protected String expectedDatabaseProduct() {
        return "Apache Derby";
    }
}

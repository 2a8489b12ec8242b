package se.kommunmeny.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** A short run of the hot-redeploy drill in the test run: four cycles, each offering once, after the warm-up. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotRedeployIT extends AbstractHotRedeployIT {

    @Configuration
    public Option[] config() throws Exception {
        return hotRedeployOptions();
    }

    @Override
    protected int cycles() {
        return 4;
    }
}

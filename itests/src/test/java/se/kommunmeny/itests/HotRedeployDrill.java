package se.kommunmeny.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The hot-redeploy drill of the issue: fifty cycles, the offerings in turn, after the warm-up. Run with `mvn verify -pl itests -Pdrills -Dit.test=HotRedeployDrill`. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotRedeployDrill extends AbstractHotRedeployIT {

    @Configuration
    public Option[] config() throws Exception {
        return hotRedeployOptions();
    }

    @Override
    protected int cycles() {
        return 50;
    }
}

package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

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

    /**
     * The Derby driver is the project's bundle (bundles/derby, through the features-processing file), not Derby's own
     * one whose DynamicImport-Package: * sometimes left it unstarted at boot; it is active and imports statically.
     */
    @Test
    public void derbyDriverIsTheProjectsBundleWithStaticImports() {
        Bundle[] derby = Arrays.stream(bundleContext.getBundles())
                .filter(b -> "derby".equals(b.getSymbolicName()) || "se.kommunmeny.derby".equals(b.getSymbolicName()))
                .toArray(Bundle[]::new);
        assertEquals("one Derby driver bundle", 1, derby.length);
        assertEquals("se.kommunmeny.derby", derby[0].getSymbolicName());
        assertEquals(Bundle.ACTIVE, derby[0].getState());
        assertNull(derby[0].getHeaders().get("DynamicImport-Package"));
        assertNotNull(derby[0].getHeaders().get("Import-Package"));
    }
}

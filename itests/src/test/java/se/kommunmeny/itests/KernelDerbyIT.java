package se.kommunmeny.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.time.Duration;
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
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

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

    /**
     * pax-jdbc's pool tracks one transaction manager and never takes another one when it loses it (at a boot where
     * the transaction manager is replaced while the pool starts, the platform lost its DataSource for good). Made to
     * happen here on purpose: a second, real transaction manager is the only one when the pool starts, Geronimo's
     * comes back beside it, and the first goes away — the pool withdraws its XA factory and the DataSource with it.
     * The core's watchdog notices and starts the pool bundle again; the DataSource returns and a write succeeds.
     */
    @Test
    public void theConnectionPoolTakesTheRemainingTransactionManagerWhenItLosesItsOwn() throws Exception {
        Bundle geronimo = bundle("org.ops4j.pax.transx.pax-transx-tm-geronimo");
        Bundle pool = bundle("org.ops4j.pax.jdbc.pool.dbcp2");
        String xaFactory = "(&(objectClass=org.ops4j.pax.jdbc.pool.common.PooledDataSourceFactory)(xa=true))";
        pool.stop(Bundle.STOP_TRANSIENT);
        geronimo.stop(Bundle.STOP_TRANSIENT);
        Object other = geronimo.loadClass("org.apache.geronimo.transaction.manager.GeronimoTransactionManager")
                .getConstructor().newInstance();
        ServiceRegistration<?> second = bundleContext.registerService(new String[] {
                "javax.transaction.TransactionManager"}, other, null);
        try {
            pool.start(Bundle.START_TRANSIENT);
            await("the pool's XA factory with the other transaction manager", Duration.ofSeconds(30),
                    () -> present(xaFactory));
            geronimo.start(Bundle.START_TRANSIENT);
            await("Geronimo's transaction manager back", Duration.ofSeconds(30), () -> services(
                    "(objectClass=javax.transaction.TransactionManager)") == 2);
        } finally {
            second.unregister();
        }
        // The pool lost the transaction manager it tracked; Geronimo's is there, the XA factory is not (pax-jdbc
        // does not take the one that remains).
        assertEquals(1, services("(objectClass=javax.transaction.TransactionManager)"));
        assertFalse(present(xaFactory));
        await("the watchdog restarting the pool: the XA factory back", Duration.ofSeconds(60), () -> present(xaFactory));
        await("the DataSource back", Duration.ofSeconds(60), () -> present(
                "(&(objectClass=javax.sql.DataSource)(osgi.jndi.service.name=kommunmeny))"));
        awaitReady();
        Answer created = post(HANDLAGGARE, "/api/persons", toJson(java.util.Map.of("identityNumber",
                newPersonnummer(), "givenName", "Efter", "familyName", "Poolen")));
        assertEquals(created.body(), 201, created.status());
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    private boolean present(String filter) {
        return services(filter) > 0;
    }

    private int services(String filter) {
        try {
            ServiceReference<?>[] refs = bundleContext.getAllServiceReferences(null, filter);
            return refs == null ? 0 : refs.length;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

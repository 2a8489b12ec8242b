package se.kommunmeny.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The kernel on PostgreSQL, chosen only by the data-source configuration, as an operator switches: install the
 * kommunmeny-db-postgresql feature and point etc/org.ops4j.datasource-kommunmeny.cfg at the server. The server is
 * the test's own (see {@link PostgresServer}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KernelPostgresIT extends AbstractKernelIT {

    @Configuration
    public Option[] config() throws Exception {
        PostgresServer server = PostgresServer.start();
        File dataSource = File.createTempFile("datasource-kommunmeny", ".cfg");
        dataSource.deleteOnExit();
        Files.writeString(dataSource.toPath(), server.dataSourceConfig());
        List<Option> options = baseOptions();
        options.add(replaceConfigurationFile("etc/org.ops4j.datasource-kommunmeny.cfg", dataSource));
        options.add(editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot",
                "kommunmeny-db-postgresql"));
        return options.toArray(new Option[0]);
    }

    @Override
    protected String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}

package se.kommunmeny.treatmentplan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kommunmeny.core.api.config.DataFileCatalog;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;

/**
 * The programme templates: those shipped in the bundle ({@code templates/}) and those a municipality adds as data
 * files in {@code etc/kommunmeny/programmes/<id>.json}. A municipality's file wins over a shipped template of the
 * same id and is read afresh each time it is looked up, so adding or editing one needs no restart and no code.
 * A template that does not parse or validate is left out with one log line saying why.
 */
@Component(service = TemplateCatalog.class)
public class TemplateCatalog {
    static final String EXTERNAL_DIRECTORY = "kommunmeny/programmes";
    private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalog.class);
    private final DataFileCatalog<ProgrammeTemplate> files;

    @Activate
    public TemplateCatalog(BundleContext context) {
        Map<String, ProgrammeTemplate> loaded = new TreeMap<>();
        var entries = context.getBundle().findEntries("templates", "*.json", false);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                read(url).ifPresent(t -> loaded.put(t.id, t));
            }
        }
        String etc = context.getProperty("karaf.etc");
        this.files = catalog(loaded, etc == null ? null : Path.of(etc).resolve(EXTERNAL_DIRECTORY));
        LOG.info("Programme templates: shipped {}, from {}: {}", files.shippedIds(), files.directory(), files.directoryIds());
    }

    TemplateCatalog(Map<String, ProgrammeTemplate> bundled, Path external) {
        this.files = catalog(bundled, external);
    }

    private static DataFileCatalog<ProgrammeTemplate> catalog(Map<String, ProgrammeTemplate> shipped, Path directory) {
        return new DataFileCatalog<>(shipped, directory, TemplateCatalog::read, t -> t.id,
                problem -> LOG.error("Programme templates: {}", problem));
    }

    static Optional<ProgrammeTemplate> read(URL url) {
        try (InputStream in = url.openStream()) {
            // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
            ProgrammeTemplate template = new ObjectMapper()
                    .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)))
                    .readValue(in, ProgrammeTemplate.class);
            List<String> problems = template.problems();
            if (!problems.isEmpty()) {
                LOG.error("Programme template {} is not used: {}", url.getPath(), String.join("; ", problems));
                return Optional.empty();
            }
            return Optional.of(template);
        } catch (IOException e) {
            LOG.error("Programme template {} cannot be read and is not used: {}", url.getPath(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The template with this id: the municipality's own file if there is one, else the shipped one. */
    public Optional<ProgrammeTemplate> get(String id) {
        return files.get(id);
    }

    /** Every usable template, the municipality's own over the shipped ones. */
    public Map<String, ProgrammeTemplate> all() {
        return files.all();
    }
}

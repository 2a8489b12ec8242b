package se.kommunmeny.supportgroups.internal;

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
 * The group programme templates: those shipped in the bundle ({@code programmes/}) and a municipality's own in
 * {@code etc/kommunmeny/groups/<id>.json}, which win over a shipped one of the same id and are read afresh at each
 * look-up. A file that does not parse or validate is not used, and the log says why.
 */
@Component(service = GroupTemplateCatalog.class)
public class GroupTemplateCatalog {
    static final String EXTERNAL_DIRECTORY = "kommunmeny/groups";
    private static final Logger LOG = LoggerFactory.getLogger(GroupTemplateCatalog.class);
    private final DataFileCatalog<GroupTemplate> files;

    @Activate
    public GroupTemplateCatalog(BundleContext context) {
        Map<String, GroupTemplate> loaded = new TreeMap<>();
        var entries = context.getBundle().findEntries("programmes", "*.json", false);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                read(url).ifPresent(t -> loaded.put(t.id, t));
            }
        }
        String etc = context.getProperty("karaf.etc");
        this.files = catalog(loaded, etc == null ? null : Path.of(etc).resolve(EXTERNAL_DIRECTORY));
        LOG.info("Group programme templates: shipped {}, from {}: {}", files.shippedIds(), files.directory(), files.directoryIds());
    }

    GroupTemplateCatalog(Map<String, GroupTemplate> bundled, Path external) {
        this.files = catalog(bundled, external);
    }

    private static DataFileCatalog<GroupTemplate> catalog(Map<String, GroupTemplate> shipped, Path directory) {
        return new DataFileCatalog<>(shipped, directory, GroupTemplateCatalog::read, t -> t.id,
                problem -> LOG.error("Group programme templates: {}", problem));
    }

    static Optional<GroupTemplate> read(URL url) {
        try (InputStream in = url.openStream()) {
            // Its own type cache: Jackson's shared one would keep this bundle's classes after it is uninstalled.
            GroupTemplate template = new ObjectMapper()
                    .setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)))
                    .readValue(in, GroupTemplate.class);
            List<String> problems = template.problems();
            if (!problems.isEmpty()) {
                LOG.error("Group programme template {} is not used: {}", url.getPath(), String.join("; ", problems));
                return Optional.empty();
            }
            return Optional.of(template);
        } catch (IOException e) {
            LOG.error("Group programme template {} cannot be read and is not used: {}", url.getPath(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The template with this id: the municipality's own file if there is one, else the shipped one. */
    public Optional<GroupTemplate> get(String id) {
        return files.get(id);
    }

    /** Every usable template, the municipality's own over the shipped ones. */
    public Map<String, GroupTemplate> all() {
        return files.all();
    }
}

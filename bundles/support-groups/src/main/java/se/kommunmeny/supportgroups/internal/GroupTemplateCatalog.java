package se.kommunmeny.supportgroups.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The group programme templates: those shipped in the bundle ({@code programmes/}) and a municipality's own in
 * {@code etc/kommunmeny/groups/<id>.json}, which win over a shipped one of the same id and are read afresh at each
 * look-up. A file that does not parse or validate is not used, and the log says why.
 */
@Component(service = GroupTemplateCatalog.class)
public class GroupTemplateCatalog {
    static final String EXTERNAL_DIRECTORY = "kommunmeny/groups";
    private static final Logger LOG = LoggerFactory.getLogger(GroupTemplateCatalog.class);
    private final Map<String, GroupTemplate> bundled;
    private final Path external;

    @Activate
    public GroupTemplateCatalog(BundleContext context) {
        Map<String, GroupTemplate> loaded = new TreeMap<>();
        var entries = context.getBundle().findEntries("programmes", "*.json", false);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                read(url).ifPresent(t -> loaded.put(t.id, t));
            }
        }
        this.bundled = Collections.unmodifiableMap(loaded);
        String etc = context.getProperty("karaf.etc");
        this.external = etc == null ? null : Path.of(etc).resolve(EXTERNAL_DIRECTORY);
        LOG.info("Group programme templates: shipped {}, from {}: {}", bundled.keySet(), external, externalIds());
    }

    GroupTemplateCatalog(Map<String, GroupTemplate> bundled, Path external) {
        this.bundled = Collections.unmodifiableMap(new TreeMap<>(bundled));
        this.external = external;
    }

    static Optional<GroupTemplate> read(URL url) {
        try (InputStream in = url.openStream()) {
            GroupTemplate template = new ObjectMapper().readValue(in, GroupTemplate.class);
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
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            return Optional.empty();
        }
        if (external != null) {
            Path file = external.resolve(id + ".json");
            if (Files.isRegularFile(file)) {
                Optional<GroupTemplate> own = readFile(file);
                if (own.isPresent() && !id.equals(own.get().id)) {
                    LOG.error("Group programme template {} is not used: its id is '{}', not the file name", file,
                            own.get().id);
                    return Optional.empty();
                }
                return own;
            }
        }
        return Optional.ofNullable(bundled.get(id));
    }

    /** Every usable template, the municipality's own over the shipped ones. */
    public Map<String, GroupTemplate> all() {
        Map<String, GroupTemplate> all = new TreeMap<>(bundled);
        for (String id : externalIds()) {
            get(id).ifPresent(t -> all.put(id, t));
        }
        return all;
    }

    private List<String> externalIds() {
        if (external == null || !Files.isDirectory(external)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(external)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            LOG.error("The group template directory {} cannot be read: {}", external, e.getMessage());
            return List.of();
        }
    }

    private static Optional<GroupTemplate> readFile(Path file) {
        try {
            return read(file.toUri().toURL());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

package se.kommunmeny.treatmentplan.internal;

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
 * The programme templates: those shipped in the bundle ({@code templates/}) and those a municipality adds as data
 * files in {@code etc/kommunmeny/programmes/<id>.json}. A municipality's file wins over a shipped template of the
 * same id and is read afresh each time it is looked up, so adding or editing one needs no restart and no code.
 * A template that does not parse or validate is left out with one log line saying why.
 */
@Component(service = TemplateCatalog.class)
public class TemplateCatalog {
    static final String EXTERNAL_DIRECTORY = "kommunmeny/programmes";
    private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalog.class);
    private final Map<String, ProgrammeTemplate> bundled;
    private final Path external;

    @Activate
    public TemplateCatalog(BundleContext context) {
        Map<String, ProgrammeTemplate> loaded = new TreeMap<>();
        var entries = context.getBundle().findEntries("templates", "*.json", false);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                read(url).ifPresent(t -> loaded.put(t.id, t));
            }
        }
        this.bundled = Map.copyOf(loaded);
        String etc = context.getProperty("karaf.etc");
        this.external = etc == null ? null : Path.of(etc).resolve(EXTERNAL_DIRECTORY);
        LOG.info("Programme templates: shipped {}, from {}: {}", bundled.keySet(), external, externalIds());
    }

    TemplateCatalog(Map<String, ProgrammeTemplate> bundled, Path external) {
        this.bundled = Map.copyOf(bundled);
        this.external = external;
    }

    static Optional<ProgrammeTemplate> read(URL url) {
        try (InputStream in = url.openStream()) {
            ProgrammeTemplate template = new ObjectMapper().readValue(in, ProgrammeTemplate.class);
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
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            return Optional.empty();
        }
        if (external != null) {
            Path file = external.resolve(id + ".json");
            if (Files.isRegularFile(file)) {
                Optional<ProgrammeTemplate> own = readFile(file);
                if (own.isPresent() && !id.equals(own.get().id)) {
                    LOG.error("Programme template {} is not used: its id is '{}', not the file name", file, own.get().id);
                    return Optional.empty();
                }
                return own;
            }
        }
        return Optional.ofNullable(bundled.get(id));
    }

    /** Every usable template, the municipality's own over the shipped ones. */
    public Map<String, ProgrammeTemplate> all() {
        Map<String, ProgrammeTemplate> all = new TreeMap<>(bundled);
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
            LOG.error("The programme template directory {} cannot be read: {}", external, e.getMessage());
            return List.of();
        }
    }

    private static Optional<ProgrammeTemplate> readFile(Path file) {
        try {
            return read(file.toUri().toURL());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

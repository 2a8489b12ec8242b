package se.kommunmeny.treatmentplan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The programme templates shipped as data files in {@code templates/}. */
@Component(service = TemplateCatalog.class)
public class TemplateCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalog.class);
    private final Map<String, ProgrammeTemplate> templates;

    @Activate
    public TemplateCatalog(BundleContext context) {
        Map<String, ProgrammeTemplate> loaded = new TreeMap<>();
        var entries = context.getBundle().findEntries("templates", "*.json", false);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                read(url).ifPresent(t -> loaded.put(t.id, t));
            }
        }
        this.templates = Map.copyOf(loaded);
        LOG.info("Programme templates available: {}", templates.keySet());
    }

    TemplateCatalog(Map<String, ProgrammeTemplate> templates) {
        this.templates = Map.copyOf(templates);
    }

    static Optional<ProgrammeTemplate> read(URL url) {
        try (InputStream in = url.openStream()) {
            ProgrammeTemplate template = new ObjectMapper().readValue(in, ProgrammeTemplate.class);
            if (template.id == null || template.name == null) {
                LOG.error("Programme template {} has no id or name and is ignored", url.getPath());
                return Optional.empty();
            }
            return Optional.of(template);
        } catch (IOException e) {
            LOG.error("Programme template {} cannot be read and is ignored: {}", url.getPath(), e.getMessage());
            return Optional.empty();
        }
    }

    public Optional<ProgrammeTemplate> get(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public Map<String, ProgrammeTemplate> all() {
        return templates;
    }
}

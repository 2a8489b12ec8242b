package se.kommunmeny.supportgroups.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The configured programmes, as they come and go with their configurations. */
final class Programmes {
    private final List<ConfiguredProgramme> all = new CopyOnWriteArrayList<>();

    void add(ConfiguredProgramme p) {
        all.add(p);
    }

    void remove(ConfiguredProgramme p) {
        all.remove(p);
    }

    ConfiguredProgramme get(String id) {
        for (ConfiguredProgramme p : all) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    List<ConfiguredProgramme> list() {
        return all.stream().sorted(Comparator.comparing(ConfiguredProgramme::id)).toList();
    }
}

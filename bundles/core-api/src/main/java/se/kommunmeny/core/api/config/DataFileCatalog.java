package se.kommunmeny.core.api.config;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Templates kept as data files: those shipped in an offering's bundle and a municipality's own, one JSON file per id
 * in a directory under {@code etc/}, which win over a shipped one of the same id and are read afresh at each look-up
 * (so an operator's new or corrected file counts without a restart). A file that cannot be used is skipped; why is
 * told to {@code problems} (the offering's log).
 *
 * @param <T> the template type
 */
public final class DataFileCatalog<T> {
    private static final String ID = "[a-z0-9][a-z0-9-]{0,59}";

    private final Map<String, T> shipped;
    private final Path directory;
    private final Function<URL, Optional<T>> reader;
    private final Function<T, String> idOf;
    private final Consumer<String> problems;

    /**
     * @param shipped the bundle's own templates by id
     * @param directory the municipality's directory, or {@code null} when there is none
     * @param reader reads and validates one file; empty when it cannot be used (having told why)
     * @param idOf the id a template declares; a municipality's file must declare its file name
     * @param problems where to tell why a file is not used
     */
    public DataFileCatalog(Map<String, T> shipped, Path directory, Function<URL, Optional<T>> reader,
            Function<T, String> idOf, Consumer<String> problems) {
        this.shipped = Map.copyOf(shipped);
        this.directory = directory;
        this.reader = reader;
        this.idOf = idOf;
        this.problems = problems;
    }

    /** The template with this id: the municipality's own file if there is one, else the shipped one. */
    public Optional<T> get(String id) {
        if (id == null || !id.matches(ID)) {
            return Optional.empty();
        }
        if (directory != null) {
            Path file = directory.resolve(id + ".json");
            if (Files.isRegularFile(file)) {
                Optional<T> own = readFile(file);
                if (own.isPresent() && !id.equals(idOf.apply(own.get()))) {
                    problems.accept(file + " is not used: its id is '" + idOf.apply(own.get()) + "', not the file name");
                    return Optional.empty();
                }
                return own;
            }
        }
        return Optional.ofNullable(shipped.get(id));
    }

    /** Every usable template by id, the municipality's own over the shipped ones. */
    public Map<String, T> all() {
        Map<String, T> all = new TreeMap<>(shipped);
        for (String id : directoryIds()) {
            get(id).ifPresent(t -> all.put(id, t));
        }
        return all;
    }

    /** The ids of the shipped templates, sorted. */
    public List<String> shippedIds() {
        return shipped.keySet().stream().sorted().toList();
    }

    /** The ids of the files in the municipality's directory, sorted (usable or not). */
    public List<String> directoryIds() {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            problems.accept("the directory " + directory + " cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    /** The municipality's directory, or {@code null}. */
    public Path directory() {
        return directory;
    }

    private Optional<T> readFile(Path file) {
        try {
            return reader.apply(file.toUri().toURL());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

package se.kommunmeny.treatmentplan.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A programme template: a data file ({@code templates/<id>.json}) with phases, sessions and documents due. Unknown
 * fields are ignored so that richer templates stay readable by this version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ProgrammeTemplate {
    public String id;
    public String name;
    public String type = "TREATING";
    public List<String> targetGroups = new ArrayList<>();
    public Integer weeks;
    public List<Phase> phases = new ArrayList<>();
    public List<String> methods = new ArrayList<>();
    public boolean capacitySharedWithAftercare;
    public Description description = new Description();

    /** A phase or block of weeks. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Phase {
        public String name;
        public Integer weeks;
        public List<String> themes = new ArrayList<>();
    }

    /** The survey's description template, as far as the template can fill it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Description {
        public String need = "";
        public String offer = "";
        public String content = "";
        public String targetGroup = "";
        public String scope = "";
    }

    List<String> phaseSummaries() {
        return phases.stream().map(p -> p.name + (p.weeks == null ? "" : " (" + p.weeks + " v)")).toList();
    }
}

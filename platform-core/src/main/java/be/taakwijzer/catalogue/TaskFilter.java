package be.taakwijzer.catalogue;

/** Narrows the catalogue's tasks; a null or blank part does not narrow. */
public record TaskFilter(String clusterCode, String levelCode, String text) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null);

    public TaskFilter withCluster(String code) {
        return new TaskFilter(code, levelCode, text);
    }

    public TaskFilter withLevel(String code) {
        return new TaskFilter(clusterCode, code, text);
    }

    public TaskFilter withText(String value) {
        return new TaskFilter(clusterCode, levelCode, value);
    }
}

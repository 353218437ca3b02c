package be.taakwijzer.web.allocation.ui;

import java.util.Map;
import java.util.Optional;

/** The central workspaces by the catalogue task they run: a central task opens its workspace. */
final class WorkspaceLinks {

    private static final Map<String, String> ADDRESS_BY_TASK = Map.of(
            "BEL_CENTRAL_01", "privacy",
            "BEL_CENTRAL_02", "inkoop",
            "BEL_CENTRAL_03", "inkoop",
            "TECH_CENTRAL_02", "leerid");

    private WorkspaceLinks() {
    }

    static Optional<String> address(String taskCode) {
        return Optional.ofNullable(ADDRESS_BY_TASK.get(taskCode));
    }
}

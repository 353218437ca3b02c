package be.taakwijzer.web.allocation.ui;

import java.util.Optional;

import be.taakwijzer.catalogue.WorkspaceTasks;

/** The central workspaces by the catalogue task they run: a central task opens its workspace. */
final class WorkspaceLinks {

    private WorkspaceLinks() {
    }

    static Optional<String> address(String taskCode) {
        return WorkspaceTasks.of(taskCode).map(workspace -> switch (workspace) {
            case PRIVACY -> "privacy";
            case PURCHASING -> "inkoop";
            case LEERID -> "leerid";
        });
    }
}

package be.taakwijzer.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue tasks Taakwijzer runs a workspace for: the product is built around them, so a catalogue
 * version may reword them but not retire them, and a central task of one opens its workspace.
 */
public final class WorkspaceTasks {

    /** The central workspaces. */
    public enum Workspace { PRIVACY, PURCHASING, LEERID }

    private static final Map<String, Workspace> BY_TASK = Map.of(
            "BEL_CENTRAL_01", Workspace.PRIVACY,
            "BEL_CENTRAL_02", Workspace.PURCHASING,
            "BEL_CENTRAL_03", Workspace.PURCHASING,
            "TECH_CENTRAL_02", Workspace.LEERID);

    public static final Set<String> CODES = BY_TASK.keySet();

    private WorkspaceTasks() {
    }

    public static Optional<Workspace> of(String taskCode) {
        return Optional.ofNullable(BY_TASK.get(taskCode));
    }
}

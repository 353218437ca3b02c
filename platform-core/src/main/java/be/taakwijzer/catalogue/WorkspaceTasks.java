package be.taakwijzer.catalogue;

import java.util.Set;

/**
 * The catalogue tasks Taakwijzer runs a workspace for (privacy, purchasing, LeerID): the product is built
 * around them, so a catalogue version may reword them but not retire them.
 */
public final class WorkspaceTasks {

    public static final Set<String> CODES = Set.of("BEL_CENTRAL_01", "BEL_CENTRAL_02", "BEL_CENTRAL_03", "TECH_CENTRAL_02");

    private WorkspaceTasks() {
    }
}

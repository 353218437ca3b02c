package be.taakwijzer.allocation;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A central workspace that takes catalogue tasks off schools by what happens in it, e.g. LeerID live
 * at a school covers that school's single sign-on task. Workspaces implement it as a Spring bean;
 * the school plans and the group overview count what they cover as handled centrally.
 */
public interface WorkspaceCoverage {

    /** The provider shown for what this workspace covers (a {@code central_provider} code, e.g. LEERID). */
    String providerCode();

    /**
     * The tasks whose coverage this workspace decides: for them a central task is the group's
     * commitment and the way into the workspace, but a school counts as covered only where the
     * workspace says so (e.g. only where LeerID is live).
     */
    Set<String> governedTasks();

    /** Per school of the current group, the task codes this workspace covers in the year. */
    Map<UUID, Set<String>> coveredTasks(SchoolYear year);
}

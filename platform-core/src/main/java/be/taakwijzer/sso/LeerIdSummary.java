package be.taakwijzer.sso;

import be.taakwijzer.tenancy.School;

/** One school's line in the group's LeerID overview. */
public record LeerIdSummary(School school, LeerIdState state, int version, int applicationsConnected, int applicationsTotal,
                            int checklistDone) {
}

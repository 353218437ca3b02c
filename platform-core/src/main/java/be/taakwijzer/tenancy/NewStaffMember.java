package be.taakwijzer.tenancy;

import java.util.UUID;

/** What group ICT staff fill in to register a person: e-mail, name, role and (for a director) the school. */
public record NewStaffMember(String email, String displayName, StaffRole role, UUID schoolId) {
}

package be.taakwijzer.tenancy;

import java.util.UUID;

/** A person a school group registered, with their role; {@code issuer}/{@code subject} once their login is linked. */
public record StaffMember(UUID tenantId, UUID id, String email, String displayName, StaffRole role, UUID schoolId,
                          String issuer, String subject, int version) {

    public boolean linked() {
        return issuer != null;
    }

    public boolean linkedTo(String otherIssuer, String otherSubject) {
        return linked() && issuer.equals(otherIssuer) && subject.equals(otherSubject);
    }
}

package be.taakwijzer.sso;

import java.util.UUID;

/** A learning application a school uses through LeerID. */
public record LeerIdApplication(UUID id, UUID schoolId, String name, String supplier, ConnectionState connectionState, String note) {
}

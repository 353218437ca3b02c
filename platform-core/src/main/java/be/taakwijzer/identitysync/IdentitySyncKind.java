package be.taakwijzer.identitysync;

/** What an identity sync request brings to the database's state in Keycloak. */
public enum IdentitySyncKind {
    /** The group's organization: its name, and the domains the database knows. The subject is empty. */
    ORGANIZATION,
    /** One e-mail address: a member of the organization while the group registers the person, not after. */
    MEMBER,
    /** One e-mail domain: on the organization while the group or one of its schools has it, not after. */
    DOMAIN
}

package be.taakwijzer.purchasing;

/** How the group obtained a framework contract. */
public enum Procurement {
    /** The group's own tender (eigen bestek). */
    OWN_TENDER,
    /** Through a purchasing centre (aankoopcentrale). */
    PURCHASING_CENTRE,
    /** Through the umbrella organisation (koepel). */
    UMBRELLA,
    /** A government framework contract (e.g. Digisprong, the Flemish government). */
    GOVERNMENT
}

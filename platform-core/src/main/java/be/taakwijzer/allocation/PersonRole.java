package be.taakwijzer.allocation;

/**
 * The kinds of people who take ICT tasks at a school, after the guide: the technical and the
 * pedagogical ICT coordinator, and the others it names, an external firm among them.
 */
public enum PersonRole {
    TECHNISCH_ICT_COORDINATOR, PEDAGOGISCH_ICT_COORDINATOR, DIRECTIE, LEERKRACHT, ADMINISTRATIEF_MEDEWERKER, TAC,
    COMMUNICATIEVERANTWOORDELIJKE, EXTERNE_FIRMA;

    /** Whether the guide's "specialisation" may be expected of this role. */
    public boolean technical() {
        return this == TECHNISCH_ICT_COORDINATOR || this == EXTERNE_FIRMA;
    }
}

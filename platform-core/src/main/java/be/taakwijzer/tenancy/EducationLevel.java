package be.taakwijzer.tenancy;

/** Education levels as the school list of the Department of Education distinguishes them. */
public enum EducationLevel {
    BASIS, SECUNDAIR, BUITENGEWOON_BASIS, BUITENGEWOON_SECUNDAIR, VOLWASSENEN, DEELTIJDS_KUNST
}

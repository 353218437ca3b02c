package be.taakwijzer.admin.onboarding;

import be.taakwijzer.tenancy.EducationLevel;
import be.taakwijzer.tenancy.Instellingsnummer;

/**
 * One school as a valid line of the official list gives it. Street, municipality and pupil count may be
 * empty (null); an empty pupil count keeps what is stored. Network, umbrella (as the list names it: the
 * group's own umbrella is the group's, set at onboarding), school community and recognition status are
 * stored as listed: each is null when the file has no such column (the stored value stays), and the
 * empty text when the column is there but blank (the stored value is cleared) — see {@link #over}.
 */
public record ListedSchool(Instellingsnummer instellingsnummer, String name, String street, String postalCode,
                           String municipality, EducationLevel educationLevel, String network, String umbrella,
                           Instellingsnummer board, String schoolCommunity, Integer pupilCount, String recognitionStatus) {

    /** What a listed department field makes of the stored one: kept without the column, cleared when blank, else the listed value. */
    static String over(String listed, String stored) {
        if (listed == null) {
            return stored;
        }
        return listed.isEmpty() ? null : listed;
    }
}

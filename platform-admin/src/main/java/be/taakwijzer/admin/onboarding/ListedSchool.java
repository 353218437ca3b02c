package be.taakwijzer.admin.onboarding;

import be.taakwijzer.tenancy.EducationLevel;
import be.taakwijzer.tenancy.Instellingsnummer;

/**
 * One school as a valid line of the official list gives it. Network, umbrella and school community
 * are shown in the preview but not stored: the group's umbrella is the group's, set at onboarding.
 * Street, municipality and pupil count may be empty (null); an empty pupil count keeps what is stored.
 */
public record ListedSchool(Instellingsnummer instellingsnummer, String name, String street, String postalCode,
                           String municipality, EducationLevel educationLevel, String network, String umbrella,
                           Instellingsnummer board, String schoolCommunity, Integer pupilCount) {
}

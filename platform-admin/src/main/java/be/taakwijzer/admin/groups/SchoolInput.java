package be.taakwijzer.admin.groups;

import be.taakwijzer.tenancy.EducationLevel;

/** A school as the operator types it (a new one, or the new values of an existing one); checked by the service. */
public record SchoolInput(String instellingsnummer, String name, String street, String postalCode, String municipality,
                          EducationLevel educationLevel, Integer pupilCount, String network, String listedUmbrella,
                          String schoolCommunity, String recognitionStatus, String emailDomain) {

    /** The form's starting values for an existing school. */
    public static SchoolInput of(SchoolDetails school) {
        return new SchoolInput(school.instellingsnummer(), school.name(), school.street(), school.postalCode(), school.municipality(),
                school.educationLevel(), school.pupilCount(), school.network(), school.listedUmbrella(), school.schoolCommunity(),
                school.recognitionStatus(), school.emailDomain());
    }
}

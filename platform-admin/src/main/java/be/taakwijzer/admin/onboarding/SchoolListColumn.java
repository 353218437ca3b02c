package be.taakwijzer.admin.onboarding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the official school list that the import reads, each with the header names it
 * accepts (compared by {@link TextKey}: {@code Instelling_Nummer} and {@code instellingnummer} are
 * the same). The first name is the department's own and the one the messages show.
 */
enum SchoolListColumn {

    NUMBER(true, "instelling_nummer", "instellingsnummer", "nummer", "instellingsnr", "instnr", "schoolnummer"),
    NAME(true, "instelling_naam", "instellingsnaam", "naam", "name", "schoolnaam"),
    STREET(true, "instelling_straat", "straat", "straatnaam", "instelling_straatnaam", "adres", "instelling_adres", "street"),
    HOUSE_NUMBER(false, "instelling_huisnummer", "huisnummer", "nr"),
    POSTAL_CODE(true, "instelling_postcode", "postcode", "postnummer", "postal_code"),
    MUNICIPALITY(true, "instelling_gemeente", "gemeente", "municipality"),
    LEVEL(true, "instelling_niveau", "onderwijsniveau", "niveau", "level"),
    NETWORK(false, "instelling_net", "net", "onderwijsnet"),
    UMBRELLA(false, "instelling_koepel", "koepel"),
    BOARD(true, "instelling_bestuur", "bestuur", "schoolbestuur", "scholengroep", "instelling_scholengroep"),
    SCHOOL_COMMUNITY(false, "instelling_scholengemeenschap", "scholengemeenschap"),
    PUPIL_COUNT(false, "aantal_leerlingen", "instelling_aantal_leerlingen", "leerlingen"),
    RECOGNITION(false, "instelling_status_erkenning", "status_erkenning", "erkenning");

    private final boolean required;
    private final List<String> names;

    SchoolListColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    boolean required() {
        return required;
    }

    String officialName() {
        return names.getFirst();
    }

    static Optional<SchoolListColumn> forHeader(String header) {
        String key = TextKey.of(header);
        return Arrays.stream(values()).filter(column -> column.names.stream().map(TextKey::of).anyMatch(key::equals)).findFirst();
    }
}

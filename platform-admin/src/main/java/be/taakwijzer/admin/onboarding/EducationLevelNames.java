package be.taakwijzer.admin.onboarding;

import java.util.Map;
import java.util.Optional;

import be.taakwijzer.tenancy.EducationLevel;

/**
 * The department's names of education levels, as the school list writes them, and ours (compared by
 * {@link TextKey}). {@code Buitengewoon} alone says neither basic nor secondary: not accepted.
 */
final class EducationLevelNames {

    private static final Map<String, EducationLevel> LEVELS = Map.ofEntries(
            Map.entry("basisonderwijs", EducationLevel.BASIS),
            Map.entry("gewoonbasisonderwijs", EducationLevel.BASIS),
            Map.entry("gewoonkleuteronderwijs", EducationLevel.BASIS),
            Map.entry("gewoonlageronderwijs", EducationLevel.BASIS),
            Map.entry("basis", EducationLevel.BASIS),
            Map.entry("secundaironderwijs", EducationLevel.SECUNDAIR),
            Map.entry("gewoonsecundaironderwijs", EducationLevel.SECUNDAIR),
            Map.entry("secundair", EducationLevel.SECUNDAIR),
            Map.entry("buitengewoonbasisonderwijs", EducationLevel.BUITENGEWOON_BASIS),
            Map.entry("buitengewoonbasis", EducationLevel.BUITENGEWOON_BASIS),
            Map.entry("buitengewoonsecundaironderwijs", EducationLevel.BUITENGEWOON_SECUNDAIR),
            Map.entry("buitengewoonsecundair", EducationLevel.BUITENGEWOON_SECUNDAIR),
            Map.entry("volwassenenonderwijs", EducationLevel.VOLWASSENEN),
            Map.entry("centrumvoorvolwassenenonderwijs", EducationLevel.VOLWASSENEN),
            Map.entry("cvo", EducationLevel.VOLWASSENEN),
            Map.entry("volwassenen", EducationLevel.VOLWASSENEN),
            Map.entry("deeltijdskunstonderwijs", EducationLevel.DEELTIJDS_KUNST),
            Map.entry("dko", EducationLevel.DEELTIJDS_KUNST),
            Map.entry("deeltijdskunst", EducationLevel.DEELTIJDS_KUNST));

    private EducationLevelNames() {
    }

    static Optional<EducationLevel> forName(String name) {
        return Optional.ofNullable(LEVELS.get(TextKey.of(name)));
    }
}

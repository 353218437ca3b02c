package be.taakwijzer.catalogue;

import be.taakwijzer.shared.LocalizedText;

/**
 * A competence of a cluster, or a generic one when {@code clusterCode} is null. {@code fromGuide} is
 * false for the generic competences Taakwijzer adds, because the guide mentions but does not list them.
 */
public record Competence(String code, String clusterCode, CompetenceKind kind, LocalizedText name, boolean fromGuide) {

    public boolean generic() {
        return clusterCode == null;
    }
}

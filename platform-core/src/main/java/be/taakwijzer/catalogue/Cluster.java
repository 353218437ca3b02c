package be.taakwijzer.catalogue;

import be.taakwijzer.shared.LocalizedText;

/** One of the four clusters of ICT coordination tasks; {@code core} for technical and pedagogical. */
public record Cluster(String code, LocalizedText name, LocalizedText description, boolean core) {
}

package be.taakwijzer.catalogue;

import be.taakwijzer.shared.LocalizedText;

/** A theme of a cluster as section 1 of the guide lists it (hardware, inventaris, ...). */
public record TaskArea(String code, String clusterCode, LocalizedText name) {
}

package be.taakwijzer.catalogue;

import be.taakwijzer.shared.LocalizedText;

/** Who can take tasks at the central level: umbrella, government, purchasing centre, the group itself, ... */
public record CentralProvider(String code, LocalizedText name, LocalizedText description) {
}

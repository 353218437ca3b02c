package be.taakwijzer.catalogue;

import be.taakwijzer.shared.LocalizedText;

/** Who can take the tasks others than the ICT team can take: external firm, TAC, teachers, ... */
public record TakerType(String code, LocalizedText name) {
}

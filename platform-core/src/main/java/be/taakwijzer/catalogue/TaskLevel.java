package be.taakwijzer.catalogue;

import be.taakwijzer.shared.LocalizedText;

/** One of the three levels at which the guide spreads tasks: central, core task, others. */
public record TaskLevel(String code, LocalizedText name, LocalizedText description) {
}

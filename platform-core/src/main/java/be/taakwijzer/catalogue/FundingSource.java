package be.taakwijzer.catalogue;

import be.taakwijzer.shared.LocalizedText;

/** Where the hours come from: ICT-uren, BPT-uren, werkingsmiddelen, puntenenveloppes, other. */
public record FundingSource(String code, LocalizedText name, LocalizedText description) {
}

package be.taakwijzer.catalogue;

import java.time.OffsetDateTime;

import be.taakwijzer.shared.LocalizedText;

/** A published version of the task catalogue: its number, what the operator wrote about it, and when. */
public record CatalogueVersion(int number, LocalizedText note, OffsetDateTime publishedAt, String publishedBy) {

    static final String PUBLISHED = "PUBLISHED";
}

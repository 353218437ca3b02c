package be.taakwijzer.admin.catalogue;

import java.time.OffsetDateTime;

/** One edit of a draft, as the catalogue's own audit trail keeps it. */
public record CatalogueChangeEntry(int version, String taskCode, String kind, String beforeNl, String afterNl, OffsetDateTime changedAt,
                                   String changedBy) {
}

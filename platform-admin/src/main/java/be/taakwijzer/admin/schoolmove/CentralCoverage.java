package be.taakwijzer.admin.schoolmove;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.shared.LocalizedText;

/** A task a group handles centrally in a school year, by its catalogue code and name. */
public record CentralCoverage(SchoolYear year, String taskCode, LocalizedText taskName) {
}

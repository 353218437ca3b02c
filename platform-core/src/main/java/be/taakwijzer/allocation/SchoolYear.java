package be.taakwijzer.allocation;

import java.time.LocalDate;
import java.time.Month;

/** A Flemish school year, from 1 September; named by the calendar year it starts in (2026 is 2026-2027). */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    public SchoolYear {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("School year out of range: " + startYear);
        }
    }

    /** The school year a day belongs to. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1);
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    /** As schools write it: 2026-2027. */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}

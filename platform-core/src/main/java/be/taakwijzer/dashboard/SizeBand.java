package be.taakwijzer.dashboard;

/** Schools by number of pupils, as the reporting functions band them ({@code size_band} in the database). */
public enum SizeBand {
    UNDER_150, FROM_150_TO_299, FROM_300_TO_599, FROM_600, UNKNOWN
}

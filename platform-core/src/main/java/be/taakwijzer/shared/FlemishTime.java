package be.taakwijzer.shared;

import java.time.ZoneId;

/** Flemish time: school years turn, deadlines run and every time is shown in Brussels. */
public final class FlemishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private FlemishTime() {
    }
}

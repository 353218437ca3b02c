package be.taakwijzer.ui.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** ECharts options for horizontal bars: one bar per category with a coloured part per series, stacked or side by side. */
public final class StackedBars {

    /** One part of every bar: its name (in the legend), colour and a value per category. */
    public record Series(String name, String color, List<? extends Number> values) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StackedBars() {
    }

    /** A zero part would still print its "0" label on the bar: leave it out (null). */
    private static List<Number> withoutZeros(List<? extends Number> values) {
        return values.stream().map(value -> value == null || value.doubleValue() == 0 ? null : (Number) value).toList();
    }

    public static String option(List<String> categories, List<Series> series) {
        return option(categories, series, true);
    }

    /** One bar per series in each category, next to each other (e.g. this year beside last year). */
    public static String sideBySide(List<String> categories, List<Series> series) {
        return option(categories, series, false);
    }

    private static String option(List<String> categories, List<Series> series, boolean stacked) {
        Map<String, Object> option = new LinkedHashMap<>();
        // drawn at once: an animation only delays the moment the numbers can be read
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 32, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        // the first category on top, as in a list
        option.put("yAxis", Map.of("type", "category", "data", categories, "inverse", true));
        option.put("series", series.stream().map(s -> {
            Map<String, Object> bars = new LinkedHashMap<>(Map.of("name", s.name(), "type", "bar", "itemStyle", Map.of("color", s.color()),
                    "label", Map.of("show", true, "position", stacked ? "inside" : "right"), "data", withoutZeros(s.values())));
            if (stacked) {
                bars.put("stack", "total");
            }
            return bars;
        }).toList());
        return JSON.writeValueAsString(option);
    }
}

package be.taakwijzer.web.dashboard.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options for spreads: per category a box from the 25th to the 75th percentile with the median
 * inside (no whiskers: the extremes would be single schools), one series per group; and optionally one
 * point per category (a school's own value). A suppressed figure is a gap, not a zero.
 */
final class QuartileChart {

    /** One series of boxes: its name, colour and per category the quartiles, or null where suppressed. */
    record Boxes(String name, String color, List<Quartiles> values) {
    }

    record Quartiles(BigDecimal p25, BigDecimal median, BigDecimal p75) {
    }

    /** One point per category. */
    record Points(String name, String color, List<BigDecimal> values) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QuartileChart() {
    }

    static String option(List<String> categories, List<Boxes> boxes, Points points) {
        List<Object> series = new ArrayList<>();
        for (Boxes box : boxes) {
            series.add(Map.of("name", box.name(), "type", "boxplot", "itemStyle", Map.of("borderColor", box.color()),
                    "data", box.values().stream().map(q -> q == null ? List.of() : List.of(q.p25(), q.p25(), q.median(), q.p75(), q.p75()))
                            .toList()));
        }
        if (points != null) {
            series.add(Map.of("name", points.name(), "type", "scatter", "symbolSize", 12, "itemStyle", Map.of("color", points.color()),
                    "data", points.values()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", series);
        return JSON.writeValueAsString(option);
    }
}

package be.taakwijzer.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn in the browser by Apache ECharts, loaded at runtime from its WebJar (no npm build is
 * possible here). The server hands the chart's options as JSON; the numbers should also be shown as
 * a table beside it, for people who would rather read than look.
 */
public class EChart extends Div {

    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";
    // waits for the script and for the element to have its width, then (re)draws; follows later size changes
    private static final String DRAW = """
            const el = $0; const option = JSON.parse($1);
            const draw = () => {
              if (!window.echarts || el.offsetWidth === 0) { setTimeout(draw, 50); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              chart.setOption(option, true);
              if (!el.twResize) { el.twResize = new ResizeObserver(() => chart.resize()); el.twResize.observe(el); }
            };
            draw();""";

    private String optionJson = "{}";

    public EChart(String height) {
        addClassName("tw-chart");
        setWidthFull();
        setHeight(height);
    }

    /** The chart's ECharts options as JSON; drawn now if the chart is on screen, else when it gets there. */
    public void setOption(String json) {
        this.optionJson = json;
        getUI().ifPresent(ui -> draw());
    }

    public String option() {
        return optionJson;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        getElement().executeJs(DRAW, getElement(), optionJson);
    }
}

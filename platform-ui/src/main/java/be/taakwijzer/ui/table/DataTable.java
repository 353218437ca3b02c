package be.taakwijzer.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jsoup.nodes.Element;

import com.vaadin.flow.component.html.Div;

/**
 * A read-only table of figures, sent to the browser as one plain HTML table. Where a grid would keep a
 * component per cell on the server and build each row in the browser, this keeps one element: a page
 * with several tables of a few hundred cells renders at once and weighs little in the session. Links
 * in it are router links, so following one stays in the application.
 */
public class DataTable<T> extends Div {

    private record Column<T>(String header, Function<T, String> text, Function<T, String> link, boolean numeric) {
    }

    private final List<Column<T>> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    public DataTable() {
        addClassName("tw-table-wrapper");
    }

    public DataTable<T> addColumn(String header, Function<T, String> text) {
        columns.add(new Column<>(header, text, null, false));
        return this;
    }

    /** A column of numbers: aligned right. */
    public DataTable<T> addNumberColumn(String header, Function<T, String> text) {
        columns.add(new Column<>(header, text, null, true));
        return this;
    }

    /** A column whose text links to a path inside the application (e.g. {@code scholen/<id>}). */
    public DataTable<T> addLinkColumn(String header, Function<T, String> text, Function<T, String> path) {
        columns.add(new Column<>(header, text, path, false));
        return this;
    }

    public void setItems(List<T> items) {
        rows.clear();
        Element table = new Element("table").addClass("tw-table");
        Element headerRow = table.appendElement("thead").appendElement("tr");
        columns.forEach(column -> cell(headerRow, "th", column).attr("scope", "col").text(column.header()));
        Element body = table.appendElement("tbody");
        for (T item : items) {
            Element row = body.appendElement("tr");
            List<String> texts = new ArrayList<>();
            for (Column<T> column : columns) {
                String text = column.text().apply(item);
                texts.add(text);
                Element cell = cell(row, "td", column);
                if (column.link() == null) {
                    cell.text(text);
                } else {
                    cell.appendElement("a").attr("router-link", "").attr("href", column.link().apply(item)).text(text);
                }
            }
            rows.add(List.copyOf(texts));
        }
        getElement().setProperty("innerHTML", table.outerHtml());
    }

    private static Element cell(Element row, String tag, Column<?> column) {
        Element cell = row.appendElement(tag);
        if (column.numeric()) {
            cell.addClass("tw-number");
        }
        return cell;
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** The texts of the rows as shown, for reading back (tests, exports of what is on screen). */
    public List<List<String>> rows() {
        return List.copyOf(rows);
    }
}

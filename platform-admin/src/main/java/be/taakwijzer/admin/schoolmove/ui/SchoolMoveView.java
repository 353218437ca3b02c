package be.taakwijzer.admin.schoolmove.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.admin.security.CurrentOperator;
import be.taakwijzer.admin.groups.ui.GroupView;
import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.schoolmove.CentralCoverage;
import be.taakwijzer.admin.schoolmove.GroupChoice;
import be.taakwijzer.admin.schoolmove.MovePreview;
import be.taakwijzer.admin.schoolmove.MoveResult;
import be.taakwijzer.admin.schoolmove.MovingSchool;
import be.taakwijzer.admin.schoolmove.SchoolMoveService;
import be.taakwijzer.admin.schoolmove.TableRows;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.table.DataTable;
import jakarta.annotation.security.RolesAllowed;

/**
 * Moving a school to another group (ADR 0012): choose the group, read what moves and what does not and
 * why, then confirm with the school's name or instellingsnummer. The move names the preview it follows:
 * when the school changed since, it is refused and the new preview shown.
 */
@Route(value = "scholen/:schoolId/verhuizen", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class SchoolMoveView extends LocalizedPage implements BeforeEnterObserver {


    private final SchoolMoveService moves;
    private final String actor;
    private Optional<MovingSchool> school = Optional.empty();
    private List<GroupChoice> targets = List.of();
    private GroupChoice target;
    private MovePreview preview;
    private MoveResult result;
    private InvalidInputException refusal;
    private String confirmation = "";

    public SchoolMoveView(SchoolMoveService moves, AuthenticationContext authentication) {
        this.moves = moves;
        this.actor = CurrentOperator.email(authentication);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        school = event.getRouteParameters().get("schoolId").flatMap(SchoolMoveView::uuid).flatMap(moves::school);
        targets = school.map(found -> moves.targets(found.id())).orElse(List.of());
    }

    @Override
    protected String titleKey() {
        return "move.title";
    }

    @Override
    protected void render() {
        add(new H2(getTranslation("move.title")));
        if (school.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("move.error.unknown-school"));
            unknown.setId("move-unknown");
            add(unknown);
            return;
        }
        MovingSchool moving = school.get();
        if (result != null) {
            renderDone();
            return;
        }
        add(new RouterLink(getTranslation("move.back", moving.group().name()), GroupView.class,
                new RouteParameters("tenantId", moving.group().tenantId().toString())));
        Paragraph current = new Paragraph(getTranslation("move.current", moving.name(), moving.instellingsnummer(), moving.group().name()));
        current.setId("move-current");
        Paragraph intro = new Paragraph(getTranslation("move.intro"));
        intro.addClassName("tw-intro");
        Select<GroupChoice> choice = new Select<>();
        choice.setId("move-target");
        choice.setLabel(getTranslation("move.target"));
        choice.setItems(targets);
        choice.setItemLabelGenerator(this::label);
        choice.setWidth("32em");
        choice.setValue(target);
        choice.addValueChangeListener(change -> {
            target = change.getValue();
            refusal = null;
            reloadPreview();
            rerender();
        });
        add(current, intro, choice);
        if (preview != null) {
            renderPreview();
        } else if (refusal != null) {
            add(refusalParagraph());
        }
    }

    private void renderPreview() {
        String from = preview.school().group().name();
        String to = preview.target().name();
        add(new H3(getTranslation("move.moving.title", to)));
        DataTable<TableRows> moving = new DataTable<TableRows>()
                .addColumn(getTranslation("move.column.what"), rows -> getTranslation("move.table." + rows.key()))
                .addColumn(getTranslation("move.column.table"), TableRows::key)
                .addNumberColumn(getTranslation("move.column.rows"), rows -> String.valueOf(rows.rows()));
        moving.setId("move-moving");
        // the plan runs from the leaves to the school; people read it from the school down
        moving.setItems(preview.moving().reversed());
        add(moving);
        if (!preview.directors().isEmpty()) {
            Paragraph directors = new Paragraph(getTranslation("move.directors", preview.directors().stream()
                    .map(director -> director.name() + " (" + director.email() + ")").collect(Collectors.joining(", "))));
            directors.setId("move-directors");
            add(directors);
        }
        if (!preview.schoolYearsAdded().isEmpty()) {
            Paragraph years = new Paragraph(getTranslation("move.years-added", to,
                    preview.schoolYearsAdded().stream().map(SchoolYear::label).collect(Collectors.joining(", "))));
            years.setId("move-years");
            add(years);
        }

        add(new H3(getTranslation("move.not-moving.title")));
        Paragraph groupRecords = new Paragraph(getTranslation("move.not-moving.group", from));
        groupRecords.addClassName("tw-intro");
        DataTable<TableRows> notMoving = new DataTable<TableRows>()
                .addColumn(getTranslation("move.column.what"), rows -> getTranslation("move.table." + rows.key()))
                .addNumberColumn(getTranslation("move.column.rows"), rows -> String.valueOf(rows.rows()))
                .addColumn(getTranslation("move.column.why"), rows -> getTranslation("move.reason." + rows.key(), from));
        notMoving.setId("move-not-moving");
        notMoving.setItems(preview.notMoving());
        add(groupRecords, notMoving);

        add(new H3(getTranslation("move.coverage.title")));
        add(coverage("move-coverage-ending", getTranslation("move.coverage.ending", from), preview.coverageEnding()),
                coverage("move-coverage-target", getTranslation("move.coverage.target", to), preview.coverageInTarget()));
        Paragraph notices = new Paragraph(getTranslation("move.coverage.notices"));
        notices.addClassName("tw-notice");
        add(notices);

        if (preview.blocked()) {
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(FlemishTime.ZONE);
            Div blocked = new Div(new Paragraph(getTranslation("move.blocked", from,
                    preview.breachesToReport().stream().map(day::format).collect(Collectors.joining(", ")))));
            blocked.setId("move-blocked");
            blocked.addClassName("tw-warnings");
            add(blocked);
        }
        TextField typed = new TextField(getTranslation("move.confirmation", preview.school().name(), preview.school().instellingsnummer()));
        typed.setId("move-confirmation");
        typed.setWidthFull();
        typed.setMaxWidth("48em");
        typed.setValue(confirmation);
        if (refusal != null) {
            typed.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            typed.setInvalid(true);
        }
        Button confirm = new Button(getTranslation("move.confirm", to), click -> move(typed.getValue()));
        confirm.setId("move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(!preview.blocked());
        add(typed, confirm);
    }

    private Div coverage(String id, String heading, List<CentralCoverage> tasks) {
        Map<SchoolYear, List<String>> perYear = new LinkedHashMap<>();
        tasks.forEach(task -> perYear.computeIfAbsent(task.year(), year -> new ArrayList<>())
                .add(task.taskName().in(getLocale()) + " (" + task.taskCode() + ")"));
        UnorderedList list = new UnorderedList();
        perYear.forEach((year, names) -> list.add(new ListItem(year.label() + ": " + String.join("; ", names))));
        if (perYear.isEmpty()) {
            list.add(new ListItem(getTranslation("move.coverage.none")));
        }
        Div section = new Div(new Paragraph(heading), list);
        section.setId(id);
        return section;
    }

    private void renderDone() {
        Paragraph done = new Paragraph(getTranslation("move.done", result.school().name(), result.target().name(), result.rowsMoved(),
                result.linksRemoved(), result.noticesAdded()));
        done.setId("move-done");
        Paragraph login = new Paragraph(getTranslation("move.done.login"));
        add(done, login, new RouterLink(getTranslation("move.done.link", result.target().name()), GroupView.class,
                new RouteParameters("tenantId", result.target().tenantId().toString())));
    }

    private void move(String typed) {
        confirmation = typed;
        try {
            result = moves.move(school.orElseThrow().id(), target.tenantId(), typed, preview.fingerprint(), actor);
            school = Optional.of(result.school());
        } catch (InvalidInputException refused) {
            refusal = refused;
            if ("move.error.changed".equals(refused.messageKey())) {
                // show what the school holds now: the operator reads it and confirms again
                reloadPreview();
            }
        }
        rerender();
    }

    /** The preview for the chosen group; none, with the refusal to show, when it cannot be made (e.g. the group is gone). */
    private void reloadPreview() {
        try {
            preview = target == null ? null : moves.preview(school.orElseThrow().id(), target.tenantId());
        } catch (InvalidInputException refused) {
            preview = null;
            refusal = refused;
        }
    }

    private Paragraph refusalParagraph() {
        Paragraph refused = new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments()));
        refused.setId("move-refused");
        refused.addClassName("tw-warnings");
        return refused;
    }

    private String label(GroupChoice group) {
        String umbrella = group.umbrella() == null ? getTranslation("move.no-umbrella") : group.umbrella();
        return group.instellingsnummer() == null ? getTranslation("move.target.label", group.name(), umbrella)
                : getTranslation("move.target.label-number", group.name(), umbrella, group.instellingsnummer());
    }

    private void rerender() {
        removeAll();
        render();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}

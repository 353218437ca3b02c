package be.taakwijzer.web.tenancy.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.NewStaffMember;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolService;
import be.taakwijzer.tenancy.StaffMember;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.tenancy.StaffService;
import be.taakwijzer.web.security.TaakwijzerUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * Group ICT staff register who may log in: directors of member schools, group ICT staff and the DPO.
 * A registration links to a login at that person's first login with the same verified e-mail address.
 */
@Route("medewerkers")
@RolesAllowed("GROUP_ICT_STAFF")
public class StaffView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffService staffService;
    private final String actor;
    private final Map<UUID, School> schools;

    private final H2 title = new H2();
    private final Paragraph intro = new Paragraph();
    private final Grid<StaffMember> grid = new Grid<>();
    private final Grid.Column<StaffMember> nameColumn;
    private final Grid.Column<StaffMember> emailColumn;
    private final Grid.Column<StaffMember> roleColumn;
    private final Grid.Column<StaffMember> schoolColumn;
    private final Grid.Column<StaffMember> statusColumn;
    private final Grid.Column<StaffMember> actionsColumn;
    private final H3 formTitle = new H3();
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final Select<StaffRole> role = new Select<>();
    private final Select<School> school = new Select<>();
    private final Button register = new Button();
    private final Button cancel = new Button();
    /** The registration being changed in the form, or null while registering someone new. */
    private StaffMember editing;

    public StaffView(StaffService staffService, SchoolService schoolService, AuthenticationContext authentication) {
        this.staffService = staffService;
        this.actor = authentication.getAuthenticatedUser(TaakwijzerUser.class)
                .map(TaakwijzerUser::actor).orElse("?");
        this.schools = schoolService.memberSchools().stream().collect(Collectors.toMap(School::id, Function.identity()));
        addClassName("tw-page");
        intro.addClassName("tw-intro");

        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        nameColumn = grid.addColumn(StaffMember::displayName).setFlexGrow(2).setSortable(true);
        emailColumn = grid.addColumn(StaffMember::email).setFlexGrow(2);
        roleColumn = grid.addColumn(member -> getTranslation("staff.role." + member.role().name())).setFlexGrow(1);
        schoolColumn = grid.addColumn(member -> member.schoolId() == null ? "" : schools.get(member.schoolId()).name()).setFlexGrow(2);
        statusColumn = grid.addColumn(member -> getTranslation(member.linked() ? "staff.status.linked" : "staff.status.waiting"))
                .setFlexGrow(1);
        actionsColumn = grid.addComponentColumn(this::actions).setFlexGrow(1).setKey("actions");

        email.setId("staff-email");
        name.setId("staff-name");
        name.setMaxLength(200);
        role.setId("staff-role");
        role.setItems(Arrays.stream(StaffRole.values()).filter(StaffRole::ofSchoolGroup).toList());
        role.addValueChangeListener(change -> school.setVisible(change.getValue() == StaffRole.SCHOOL_DIRECTOR));
        school.setId("staff-school");
        school.setItems(schools.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList());
        school.setItemLabelGenerator(School::name);
        school.setVisible(false);
        register.setId("staff-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> save());
        cancel.setId("staff-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> clearForm());
        cancel.setVisible(false);
        Div form = new Div(email, name, role, school, register, cancel);
        form.addClassName("tw-filters");

        add(title, intro, grid, formTitle, form);
        refresh();
    }

    private Component actions(StaffMember member) {
        Div actions = new Div();
        Button change = new Button(getTranslation("staff.action.change"), click -> edit(member));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        change.setId("staff-change-" + member.id());
        actions.add(change);
        if (member.linked()) {
            Button unlink = new Button(getTranslation("staff.action.unlink"), click -> confirm(
                    getTranslation("staff.confirm.unlink", member.displayName()), () -> staffService.unlink(member, actor)));
            unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            unlink.setId("staff-unlink-" + member.id());
            actions.add(unlink);
        }
        Button remove = new Button(getTranslation("staff.action.remove"), click -> confirm(
                getTranslation("staff.confirm.remove", member.displayName()), () -> staffService.remove(member, actor)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setId("staff-remove-" + member.id());
        actions.add(remove);
        return actions;
    }

    /** Asks first; then acts, and tells plainly when someone else changed the registration meanwhile. */
    private void confirm(String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("staff-confirm");
        dialog.setHeader(getTranslation("staff.confirm.title"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("staff.confirm.cancel"));
        dialog.setConfirmText(getTranslation("staff.confirm.ok"));
        dialog.addConfirmListener(confirmed -> {
            try {
                action.run();
            } catch (InvalidInputException refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        dialog.open();
    }

    private void edit(StaffMember member) {
        clearErrors();
        editing = member;
        email.setValue(member.email());
        name.setValue(member.displayName());
        role.setValue(member.role());
        school.setValue(member.schoolId() == null ? null : schools.get(member.schoolId()));
        updateFormTexts();
    }

    private void clearForm() {
        clearErrors();
        editing = null;
        email.clear();
        name.clear();
        role.clear();
        school.clear();
        updateFormTexts();
    }

    private void save() {
        clearErrors();
        NewStaffMember input = new NewStaffMember(email.getValue(), name.getValue(), role.getValue(),
                school.getValue() == null ? null : school.getValue().id());
        try {
            StaffMember saved = editing == null ? staffService.register(input, actor) : staffService.change(editing, input, actor);
            Notification.show(getTranslation(editing == null ? "staff.registered" : "staff.changed", saved.displayName()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            clearForm();
            refresh();
        } catch (InvalidInputException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            switch (refused.messageKey()) {
                case "staff.error.email", "staff.error.duplicate" -> invalid(email, message);
                case "staff.error.name" -> invalid(name, message);
                case "staff.error.role" -> invalid(role, message);
                case "staff.error.school" -> invalid(school, message);
                default -> {
                    Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    if ("staff.error.changed".equals(refused.messageKey())) {
                        clearForm();
                        refresh();
                    }
                }
            }
        }
    }

    private void updateFormTexts() {
        formTitle.setText(getTranslation(editing == null ? "staff.form.title" : "staff.form.change-title"));
        register.setText(getTranslation(editing == null ? "staff.form.register" : "staff.form.save"));
        cancel.setVisible(editing != null);
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {email, name, role, school}) {
            field.setInvalid(false);
        }
    }

    private void refresh() {
        grid.setItems(staffService.members());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("staff.title"));
        intro.setText(getTranslation("staff.intro"));
        nameColumn.setHeader(getTranslation("staff.column.name"));
        emailColumn.setHeader(getTranslation("staff.column.email"));
        roleColumn.setHeader(getTranslation("staff.column.role"));
        schoolColumn.setHeader(getTranslation("staff.column.school"));
        statusColumn.setHeader(getTranslation("staff.column.status"));
        actionsColumn.setHeader("");
        updateFormTexts();
        email.setLabel(getTranslation("staff.column.email"));
        name.setLabel(getTranslation("staff.column.name"));
        role.setLabel(getTranslation("staff.column.role"));
        role.setItemLabelGenerator(value -> getTranslation("staff.role." + value.name()));
        school.setLabel(getTranslation("staff.column.school"));
        cancel.setText(getTranslation("staff.confirm.cancel"));
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " | Taakwijzer";
    }
}

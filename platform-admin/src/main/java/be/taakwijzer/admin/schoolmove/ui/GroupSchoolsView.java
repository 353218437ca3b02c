package be.taakwijzer.admin.schoolmove.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.schoolmove.GroupChoice;
import be.taakwijzer.admin.schoolmove.GroupSchool;
import be.taakwijzer.admin.schoolmove.SchoolMoveService;
import be.taakwijzer.admin.tenants.ui.TenantsView;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.table.DataTable;
import jakarta.annotation.security.RolesAllowed;

/** A school group's member schools, each with the way to move it to another group. */
@Route(value = "scholengroepen/:tenantId/scholen", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class GroupSchoolsView extends LocalizedPage implements BeforeEnterObserver {

    private final SchoolMoveService moves;
    private Optional<GroupChoice> group = Optional.empty();

    public GroupSchoolsView(SchoolMoveService moves) {
        this.moves = moves;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        group = event.getRouteParameters().get("tenantId").flatMap(GroupSchoolsView::uuid).flatMap(moves::group);
    }

    @Override
    protected String titleKey() {
        return "move.schools.page-title";
    }

    @Override
    protected void render() {
        RouterLink back = new RouterLink(getTranslation("move.schools.back"), TenantsView.class);
        if (group.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("move.error.unknown-group"));
            unknown.setId("group-schools-unknown");
            add(new H2(getTranslation("move.schools.page-title")), unknown, back);
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("move.schools.intro"));
        intro.addClassName("tw-intro");
        DataTable<GroupSchool> table = new DataTable<GroupSchool>()
                .addColumn(getTranslation("move.schools.column.name"), GroupSchool::name)
                .addColumn(getTranslation("move.schools.column.instellingsnummer"), GroupSchool::instellingsnummer)
                .addColumn(getTranslation("move.schools.column.municipality"), school -> school.municipality() == null ? "" : school.municipality())
                .addLinkColumn("", school -> getTranslation("move.link"), school -> RouteConfiguration.forApplicationScope()
                        .getUrl(SchoolMoveView.class, new RouteParameters("schoolId", school.id().toString())));
        table.setId("group-schools-table");
        table.setItems(moves.schools(group.get().tenantId()));
        add(new H2(getTranslation("move.schools.title", group.get().name())), back, intro, table);
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}

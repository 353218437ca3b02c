package be.taakwijzer.web.tenancy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolService;
import jakarta.annotation.security.RolesAllowed;

/** The member schools of the own group; a director sees only their own school. A row opens the school. */
@Route("scholen")
@RolesAllowed({"GROUP_ICT_STAFF", "GROUP_DPO", "SCHOOL_DIRECTOR"})
public class SchoolsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final H2 title = new H2();
    private final Paragraph intro = new Paragraph();
    private final Grid<School> grid = new Grid<>();
    private final Grid.Column<School> nameColumn;
    private final Grid.Column<School> numberColumn;
    private final Grid.Column<School> municipalityColumn;
    private final Grid.Column<School> levelColumn;

    public SchoolsView(SchoolService schoolService) {
        addClassName("tw-page");
        intro.addClassName("tw-intro");
        grid.setId("school-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        nameColumn = grid.addColumn(School::name).setFlexGrow(3).setSortable(true);
        numberColumn = grid.addColumn(school -> school.instellingsnummer().value()).setFlexGrow(1);
        municipalityColumn = grid.addColumn(School::municipality).setFlexGrow(2);
        levelColumn = grid.addColumn(school -> getTranslation("school.level." + school.educationLevel().name())).setFlexGrow(1);
        grid.addItemClickListener(click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate("scholen/" + click.getItem().id())));
        grid.setItems(schoolService.memberSchools());
        add(title, intro, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("schools.title"));
        intro.setText(getTranslation("schools.intro"));
        nameColumn.setHeader(getTranslation("school.name"));
        numberColumn.setHeader(getTranslation("school.instellingsnummer"));
        municipalityColumn.setHeader(getTranslation("school.municipality"));
        levelColumn.setHeader(getTranslation("school.level"));
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schools.title") + " | Taakwijzer";
    }
}

package be.taakwijzer.web.allocation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import be.taakwijzer.allocation.HistoryService;
import be.taakwijzer.tenancy.SchoolService;
import be.taakwijzer.ui.LocalizedPage;
import jakarta.annotation.security.RolesAllowed;

/** Every change in the group, newest first, for its ICT staff. */
@Route("historiek")
@RolesAllowed("GROUP_ICT_STAFF")
public class GroupHistoryView extends LocalizedPage {

    private final HistoryService history;
    private final SchoolService schools;

    public GroupHistoryView(HistoryService history, SchoolService schools) {
        this.history = history;
        this.schools = schools;
    }

    @Override
    protected String titleKey() {
        return "history.title";
    }

    @Override
    protected void render() {
        Paragraph intro = new Paragraph(getTranslation("history.intro"));
        intro.addClassName("tw-intro");
        add(new H2(getTranslation("history.title")), intro, new HistoryGrid(history.groupHistory(), schools.memberSchools()));
    }
}

package be.taakwijzer.web.tenancy.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolService;
import jakarta.annotation.security.RolesAllowed;

/**
 * One member school. Its address is its id, which says nothing by itself: the service decides. A
 * director asking for another school gets the 403 page; a school of another group does not exist here.
 */
@Route("scholen/:schoolId")
@RolesAllowed({"GROUP_ICT_STAFF", "GROUP_DPO", "SCHOOL_DIRECTOR"})
public class SchoolView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SchoolService schoolService;
    private School school;

    public SchoolView(SchoolService schoolService) {
        this.schoolService = schoolService;
        addClassName("tw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("schoolId").orElse(""));
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            school = schoolService.school(id).orElse(null);
        } catch (org.springframework.security.access.AccessDeniedException refusedByTheService) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        if (school == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H2 title = new H2(school.name());
        title.setId("school-title");
        add(title, new Paragraph(getTranslation("school.instellingsnummer") + ": " + school.instellingsnummer().value()),
                new Paragraph(getTranslation("school.municipality") + ": " + (school.municipality() == null ? "" : school.municipality())),
                new Paragraph(getTranslation("school.level") + ": " + getTranslation("school.level." + school.educationLevel().name())));
    }

    @Override
    public String getPageTitle() {
        return (school == null ? getTranslation("schools.title") : school.name()) + " | Taakwijzer";
    }
}

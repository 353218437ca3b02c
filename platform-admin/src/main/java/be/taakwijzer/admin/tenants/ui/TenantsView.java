package be.taakwijzer.admin.tenants.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.tenants.TenantActivity;
import be.taakwijzer.admin.tenants.TenantActivityService;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.table.DataTable;
import jakarta.annotation.security.RolesAllowed;

/** Every school group on the platform: its umbrella, schools, last activity and this year's coverage. */
@Route(value = "scholengroepen", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class TenantsView extends LocalizedPage {

    private final TenantActivityService tenants;

    public TenantsView(TenantActivityService tenants) {
        this.tenants = tenants;
    }

    @Override
    protected String titleKey() {
        return "admin.tenants.title";
    }

    @Override
    protected void render() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Brussels"));
        Paragraph intro = new Paragraph(getTranslation("admin.tenants.intro", tenants.currentYear().label()));
        intro.addClassName("tw-intro");
        DataTable<TenantActivity> table = new DataTable<TenantActivity>()
                .addColumn(getTranslation("admin.tenants.column.name"), TenantActivity::name)
                .addColumn(getTranslation("admin.tenants.column.instellingsnummer"), t -> t.instellingsnummer() == null ? "" : t.instellingsnummer())
                .addColumn(getTranslation("admin.tenants.column.umbrella"), t -> t.umbrella() == null ? "" : t.umbrella())
                .addNumberColumn(getTranslation("admin.tenants.column.schools"), t -> String.valueOf(t.schools()))
                .addColumn(getTranslation("admin.tenants.column.last-activity"),
                        t -> t.lastActivity().map(when::format).orElse(getTranslation("admin.tenants.never")))
                .addNumberColumn(getTranslation("admin.tenants.column.coverage"),
                        t -> t.coveragePercent().map(percent -> percent + " %").orElse(""));
        table.setId("tenants-table");
        table.setItems(tenants.tenants());
        add(new H2(getTranslation("admin.tenants.title")), intro, table);
    }
}

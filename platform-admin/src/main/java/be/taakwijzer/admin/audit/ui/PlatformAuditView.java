package be.taakwijzer.admin.audit.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.admin.audit.PlatformAuditEntry;
import be.taakwijzer.admin.audit.PlatformAuditQuery;
import be.taakwijzer.admin.audit.PlatformAuditService;
import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.tenants.GroupName;
import be.taakwijzer.admin.tenants.TenantActivityService;
import be.taakwijzer.shared.export.Texts;
import be.taakwijzer.ui.Downloads;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.ui.table.DataTable;
import jakarta.annotation.security.RolesAllowed;

/** The platform-wide audit log: who changed what in which school group, searched and downloaded. */
@Route(value = "audit", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class PlatformAuditView extends LocalizedPage {

    private final PlatformAuditService audit;
    private final TenantActivityService tenants;
    private PlatformAuditQuery query = PlatformAuditQuery.ALL;

    public PlatformAuditView(PlatformAuditService audit, TenantActivityService tenants) {
        this.audit = audit;
        this.tenants = tenants;
    }

    @Override
    protected String titleKey() {
        return "admin.audit.title";
    }

    @Override
    protected void render() {
        ComboBox<GroupName> group = new ComboBox<>(getTranslation("admin.audit.filter.group"));
        group.setId("audit-group");
        group.setItems(tenants.names());
        group.setItemLabelGenerator(GroupName::name);
        group.setClearButtonVisible(true);
        TextField actor = new TextField(getTranslation("admin.audit.filter.actor"));
        actor.setId("audit-actor");
        actor.setValue(query.actor());
        TextField entity = new TextField(getTranslation("admin.audit.filter.entity"));
        entity.setId("audit-entity");
        entity.setValue(query.entity());
        DatePicker from = new DatePicker(getTranslation("admin.audit.filter.from"));
        from.setId("audit-from");
        from.setLocale(getLocale());
        query.from().ifPresent(from::setValue);
        DatePicker to = new DatePicker(getTranslation("admin.audit.filter.to"));
        to.setId("audit-to");
        to.setLocale(getLocale());
        query.to().ifPresent(to::setValue);
        Button search = new Button(getTranslation("admin.audit.search"), click -> {
            query = new PlatformAuditQuery(Optional.ofNullable(group.getValue()).map(GroupName::tenantId), actor.getValue(),
                    entity.getValue(), Optional.ofNullable(from.getValue()), Optional.ofNullable(to.getValue()));
            removeAll();
            render();
        });
        search.setId("audit-search");
        Div filters = new Div(group, actor, entity, from, to, search, download());
        filters.addClassName("tw-filters");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(FlemishTime.ZONE);
        var entries = audit.search(query);
        DataTable<PlatformAuditEntry> table = new DataTable<PlatformAuditEntry>()
                .addColumn(getTranslation("audit.column.when"), entry -> when.format(entry.occurredAt()))
                .addColumn(getTranslation("audit.column.group"), PlatformAuditEntry::groupName)
                .addColumn(getTranslation("audit.column.actor"), PlatformAuditEntry::actor)
                .addColumn(getTranslation("audit.column.entity"), PlatformAuditEntry::entity)
                .addColumn(getTranslation("audit.column.action"), PlatformAuditEntry::action)
                .addColumn(getTranslation("audit.column.after"), PlatformAuditEntry::after);
        table.setId("audit-table");
        table.setItems(entries);
        Paragraph count = new Paragraph(getTranslation("admin.audit.count", entries.size(), PlatformAuditService.PAGE));
        count.setId("audit-count");
        Paragraph intro = new Paragraph(getTranslation("admin.audit.intro"));
        intro.addClassName("tw-intro");
        add(new H2(getTranslation("admin.audit.title")), intro, filters, count, table);
    }

    private Anchor download() {
        Locale locale = getLocale();
        Texts words = (key, arguments) -> getTranslation(locale, key, arguments);
        PlatformAuditQuery asked = query;
        return Downloads.link("audit-download", getTranslation("admin.audit.download"), "audit-taakwijzer.csv", Downloads.CSV,
                () -> audit.csv(asked, words, !"en".equals(locale.getLanguage())));
    }
}

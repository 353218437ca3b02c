package be.taakwijzer.admin.onboarding.ui;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;


import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.admin.security.CurrentOperator;
import be.taakwijzer.admin.layout.AdminLayout;
import be.taakwijzer.admin.home.ui.AdminHomeView;
import be.taakwijzer.admin.onboarding.FieldChange;
import be.taakwijzer.admin.onboarding.ImportMessage;
import be.taakwijzer.admin.onboarding.ImportProgress;
import be.taakwijzer.admin.onboarding.ImportResult;
import be.taakwijzer.admin.onboarding.ImportStatus;
import be.taakwijzer.admin.onboarding.PreviewLine;
import be.taakwijzer.admin.onboarding.SchoolListFile;
import be.taakwijzer.admin.onboarding.SchoolListImport;
import be.taakwijzer.admin.onboarding.SchoolListImportRefusedException;
import be.taakwijzer.admin.onboarding.SchoolListPreview;
import be.taakwijzer.admin.onboarding.SchoolListRejectedException;
import jakarta.annotation.security.RolesAllowed;

/**
 * Imports the official school list: upload, preview per line (counts per status, a filter, the reason
 * or the changes per line), then "Importeren" after a confirmation. Reading and comparing run on the
 * upload's own request thread, not the UI's; the UI polls meanwhile, so the progress bar moves.
 */
@Route(value = "scholen-importeren", layout = AdminLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
public class SchoolListImportView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final SchoolListImport importer;
    private final String actor;

    private final H2 title = new H2();
    private final RouterLink back = new RouterLink("", AdminHomeView.class);
    private final Paragraph intro = new Paragraph();
    private final Upload upload = new Upload();
    private final ProgressBar progress = new ProgressBar();
    private final Div problems = new Div();
    private final Div counts = new Div();
    private final Select<ImportStatus> filter = new Select<>();
    private final Grid<PreviewLine> lines = new Grid<>();
    private final Grid.Column<PreviewLine> lineColumn;
    private final Grid.Column<PreviewLine> numberColumn;
    private final Grid.Column<PreviewLine> nameColumn;
    private final Grid.Column<PreviewLine> groupColumn;
    private final Grid.Column<PreviewLine> statusColumn;
    private final Grid.Column<PreviewLine> detailsColumn;
    private final Paragraph blocked = new Paragraph();
    private final Button commit = new Button();
    private final Paragraph result = new Paragraph();

    private SchoolListPreview preview;

    public SchoolListImportView(SchoolListImport importer, AuthenticationContext authentication) {
        this.importer = importer;
        this.actor = CurrentOperator.email(authentication);
        addClassName("tw-page");
        back.setId("import-back");
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv");
        upload.setMaxFileSize(SchoolListFile.MAX_BYTES);
        upload.setUploadHandler(this::handleUpload);
        // the browser's own event: the handler is not one of Vaadin's, so the component's started event may not come
        upload.getElement().addEventListener("upload-start", started -> startReading());
        upload.addFileRejectedListener(rejected -> showProblems(List.of(ImportMessage.of("import.file.tooLarge", SchoolListFile.MAX_BYTES / (1024 * 1024)))));
        progress.setId("import-progress");
        progress.setVisible(false);
        problems.setId("import-problems");
        counts.setId("import-counts");
        counts.addClassName("tw-filters");
        filter.setId("import-filter");
        filter.setItems(ImportStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setItemLabelGenerator(status -> status == null ? "" : getTranslation("import.status." + status.name()));
        filter.addValueChangeListener(change -> showLines());
        lines.setId("import-lines");
        lineColumn = lines.addColumn(PreviewLine::lineNumber).setAutoWidth(true).setFlexGrow(0);
        numberColumn = lines.addColumn(PreviewLine::instellingsnummer).setAutoWidth(true).setFlexGrow(0);
        nameColumn = lines.addColumn(PreviewLine::name);
        groupColumn = lines.addColumn(PreviewLine::groupName);
        statusColumn = lines.addColumn(line -> getTranslation("import.status." + line.status().name())).setAutoWidth(true).setFlexGrow(0);
        detailsColumn = lines.addColumn(this::details).setFlexGrow(2);
        blocked.setId("import-blocked");
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(click -> confirm());
        result.setId("import-result");
        add(back, title, intro, upload, progress, problems, counts, filter, lines, blocked, commit, result);
        showPreview(null);
    }

    /** On the upload's request thread: the operator's security context is there, the UI's lock is not. */
    private void handleUpload(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        try {
            SchoolListFile file = SchoolListFile.read(event.getInputStream(), event.getFileSize(), progressFrom(ui, 0));
            SchoolListPreview read = importer.preview(file, progressFrom(ui, 0.5));
            ui.access(() -> showPreview(read));
        } catch (SchoolListRejectedException rejected) {
            ui.access(() -> showProblems(rejected.problems()));
        } finally {
            ui.access(this::stopReading);
        }
    }

    /** Reading is the first half of the bar, comparing the second. */
    private ImportProgress progressFrom(UI ui, double start) {
        return (done, total) -> ui.access(() -> progress.setValue(start + 0.5 * Math.min(1.0, (double) done / Math.max(1, total))));
    }

    private void startReading() {
        showPreview(null);
        result.setText("");
        progress.setValue(0);
        progress.setVisible(true);
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    private void stopReading() {
        progress.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
    }

    private void showProblems(List<ImportMessage> messages) {
        showPreview(null);
        messages.forEach(message -> problems.add(new Paragraph(translate(message))));
    }

    private void showPreview(SchoolListPreview shown) {
        preview = shown;
        problems.removeAll();
        counts.removeAll();
        boolean present = shown != null;
        counts.setVisible(present);
        filter.setVisible(present);
        lines.setVisible(present);
        commit.setVisible(present);
        blocked.setVisible(present && !shown.canCommit());
        if (present) {
            for (ImportStatus status : ImportStatus.values()) {
                Span count = new Span(getTranslation("import.count", getTranslation("import.status." + status.name()), shown.count(status)));
                count.setId("import-count-" + status.name());
                count.addClassName("tw-import-count");
                counts.add(count);
            }
            commit.setEnabled(shown.canCommit());
            showLines();
        }
    }

    private void showLines() {
        if (preview != null) {
            lines.setItems(preview.lines().stream().filter(line -> filter.getValue() == null || line.status() == filter.getValue()).toList());
        }
    }

    private String details(PreviewLine line) {
        if (!line.reasons().isEmpty()) {
            return line.reasons().stream().map(this::translate).collect(Collectors.joining(" "));
        }
        return line.changes().stream().map(this::change).collect(Collectors.joining("; "));
    }

    private String change(FieldChange change) {
        return getTranslation("import.change", getTranslation("import.field." + change.field()),
                change.before() == null ? getTranslation("import.value.empty") : change.before(),
                change.after() == null ? getTranslation("import.value.empty") : change.after());
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("import-confirm");
        dialog.setHeader(getTranslation("import.confirm.title"));
        dialog.setText(getTranslation("import.confirm.text", preview.count(ImportStatus.NEW), preview.count(ImportStatus.CHANGED)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("import.confirm.cancel"));
        dialog.setConfirmText(getTranslation("import.confirm.ok"));
        dialog.addConfirmListener(confirmed -> runImport());
        dialog.open();
    }

    private void runImport() {
        try {
            ImportResult done = importer.commit(preview, actor);
            showPreview(null);
            result.setText(getTranslation("import.result", done.created(), done.changed(), done.unchanged(), done.skipped()));
        } catch (SchoolListImportRefusedException refused) {
            result.setText(translate(refused.reason()));
        }
    }

    private String translate(ImportMessage message) {
        return getTranslation(message.key(), message.argumentArray());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("import.title"));
        back.setText(getTranslation("import.back"));
        intro.setText(getTranslation("import.intro"));
        UploadI18N uploadTexts = new UploadI18N();
        uploadTexts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")));
        uploadTexts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
        upload.setI18n(uploadTexts);
        filter.setLabel(getTranslation("import.filter"));
        filter.setEmptySelectionCaption(getTranslation("import.filter.all"));
        lineColumn.setHeader(getTranslation("import.column.line"));
        numberColumn.setHeader(getTranslation("import.column.number"));
        nameColumn.setHeader(getTranslation("import.column.name"));
        groupColumn.setHeader(getTranslation("import.column.group"));
        statusColumn.setHeader(getTranslation("import.column.status"));
        detailsColumn.setHeader(getTranslation("import.column.details"));
        blocked.setText(getTranslation("import.blocked"));
        commit.setText(getTranslation("import.commit"));
        showPreview(preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | Taakwijzer";
    }
}

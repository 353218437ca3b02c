package be.taakwijzer.admin.onboarding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;

import be.taakwijzer.admin.home.ui.AdminHomeView;
import be.taakwijzer.admin.onboarding.PreviewLine;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.KaribuViewTest;

@SpringBootTest
class SchoolListImportViewTest extends KaribuViewTest {

    private static final String HEADER = "instellingsnummer;naam;straat;postcode;gemeente;niveau;koepel;bestuur";

    @Test
    void uploadPreviewAndImport() throws Exception {
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        String board = groupWithNumber("Scholengroep Beeldscherm", "970001");
        UI.getCurrent().navigate(AdminHomeView.class);
        _get(RouterLink.class, spec -> spec.withId("admin-import-link"));
        UI.getCurrent().navigate(SchoolListImportView.class);

        upload(HEADER + "\n" + "701;Basisschool Het Scherm;Pixelstraat 1;9999;Fantasiegem;Basisonderwijs;Testkoepel;" + board + "\n"
                + "702;;Pixelstraat 2;9999;Fantasiegem;Basisonderwijs;Testkoepel;" + board + "\n");

        assertThat(_get(Span.class, spec -> spec.withId("import-count-NEW")).getText()).isEqualTo("Nieuw: 1");
        assertThat(_get(Span.class, spec -> spec.withId("import-count-INVALID")).getText()).isEqualTo("Ongeldig: 1");
        @SuppressWarnings("unchecked")
        Grid<PreviewLine> lines = _get(Grid.class, spec -> spec.withId("import-lines"));
        assertThat(GridKt._size(lines)).isEqualTo(2);
        assertThat(GridKt.getPresentationValue(lines.getColumns().get(5), GridKt._get(lines, 1))).isEqualTo("De naam ontbreekt.");
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled()).isFalse();

        upload(HEADER + "\n" + "701;Basisschool Het Scherm;Pixelstraat 1;9999;Fantasiegem;Basisonderwijs;Testkoepel;" + board + "\n");
        _click(_get(Button.class, spec -> spec.withId("import-commit")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("import-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-result")).getText())
                .isEqualTo("Geïmporteerd: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 overgeslagen.");
        assertThat(schoolName("000701")).isEqualTo("Basisschool Het Scherm");
    }

    @Test
    void aRejectedFileSaysWhy() {
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        UI.getCurrent().navigate(SchoolListImportView.class);

        upload("");

        assertThat(_get(Div.class, spec -> spec.withId("import-problems")).getElement().getTextRecursively()).isEqualTo("Het bestand is leeg.");
        _assertNone(Grid.class, spec -> spec.withId("import-lines"));
    }

    private static void upload(String content) {
        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), "scholen.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
    }

    private static String groupWithNumber(String name, String number) {
        var tenantId = TestTenants.createGroup(name);
        TestTenants.inTenant(tenantId, connection -> {
            try (var statement = connection.prepareStatement("update school_group set instellingsnummer = ? where tenant_id = ?")) {
                statement.setString(1, number);
                statement.setObject(2, tenantId);
                statement.executeUpdate();
            }
        });
        return number;
    }

    private static String schoolName(String number) throws Exception {
        try (var connection = TestDatabase.get().connectAsOperator();
             var statement = connection.prepareStatement("select name from school where instellingsnummer = ?")) {
            statement.setString(1, number);
            try (var rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}

package be.taakwijzer.web.purchasing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.purchasing.Contract;
import be.taakwijzer.purchasing.ContractInput;
import be.taakwijzer.purchasing.ContractService;
import be.taakwijzer.purchasing.CriterionInput;
import be.taakwijzer.purchasing.Procurement;
import be.taakwijzer.purchasing.PurchaseCategory;
import be.taakwijzer.purchasing.PurchaseRequest;
import be.taakwijzer.purchasing.PurchaseRequestInput;
import be.taakwijzer.purchasing.PurchaseRequestService;
import be.taakwijzer.purchasing.QuoteInput;
import be.taakwijzer.purchasing.RankedQuote;
import be.taakwijzer.purchasing.RequestStatus;
import be.taakwijzer.purchasing.Supplier;
import be.taakwijzer.purchasing.SupplierInput;
import be.taakwijzer.purchasing.SupplierService;
import be.taakwijzer.purchasing.Tender;
import be.taakwijzer.purchasing.TenderInput;
import be.taakwijzer.purchasing.TenderService;
import be.taakwijzer.purchasing.TenderStatus;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class PurchasingViewTest extends WebViewTest {

    private static final String ICT = "ict@noorderlicht.example";

    @Autowired
    SupplierService suppliers;
    @Autowired
    ContractService contracts;
    @Autowired
    TenderService tenders;
    @Autowired
    PurchaseRequestService requests;

    UUID group;
    UUID vlinder;
    UUID kompas;
    LocalDate today;

    @BeforeEach
    void groupWithSchools() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
        today = LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
    }

    /**
     * Logs in as the group's ICT staff, who make the data a test starts from. (Once a real server ran
     * in this JVM, the security context lives in the Vaadin session: set-up goes through a login.)
     */
    private void asIct() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
    }

    private Supplier supplier(String name) {
        return suppliers.add(new SupplierInput(name, null, null, ""), ICT);
    }

    private Contract contract(String title, PurchaseCategory category, LocalDate end) {
        UUID supplier = supplier("Leverancier " + title).id();
        return contracts.add(new ContractInput(title, supplier, category, Procurement.PURCHASING_CENTRE,
                today.minusYears(1), end, "", List.of()), ICT);
    }

    private void open() {
        UI.getCurrent().navigate(PurchasingView.class);
    }

    private static void tab(String label) {
        TabSheet sheet = _get(TabSheet.class, spec -> spec.withId("purchasing-tabs"));
        Tab tab = _find(sheet, Tab.class).stream().filter(t -> t.getLabel().equals(label)).findFirst().orElseThrow();
        sheet.setSelectedTab(tab);
    }

    private static List<String> tabLabels() {
        return _find(_get(TabSheet.class, spec -> spec.withId("purchasing-tabs")), Tab.class).stream().map(Tab::getLabel).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static <T> List<T> items(Grid<T> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** The button with this id in the row's actions cell, if it is there. */
    private static <T> java.util.Optional<Button> action(Grid<T> grid, int row, String id) {
        return _find(_getCellComponent(grid, row, "actions"), Button.class).stream()
                .filter(b -> b.getId().orElse("").equals(id)).findFirst();
    }

    private static void fill(String id, String value) {
        _get(TextField.class, spec -> spec.withId(id)).setValue(value);
    }

    // ---- group ICT staff

    @Test
    void groupIctStaffAddASupplierAndAContractWhoseBadLinkIsRefusedAtTheField() {
        asIct();
        open();
        assertThat(tabLabels()).containsExactly("Contracten", "Aanbestedingen / offertes", "Aankoopaanvragen", "Leveranciers");
        assertThat(text(_get(Div.class, spec -> spec.withId("purchasing-warnings")))).contains("Aandachtspunten (0)");

        tab("Leveranciers");
        _click(_get(Button.class, spec -> spec.withId("supplier-add")));
        fill("supplier-name", "Bitwerk bv");
        fill("supplier-number", "0123.456.748");
        _click(_get(Button.class, spec -> spec.withId("supplier-dialog-save")));
        TextField number = _get(TextField.class, spec -> spec.withId("supplier-number"));
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).startsWith("Dit is geen geldig ondernemingsnummer.");
        number.setValue("0123.456.749");
        _click(_get(Button.class, spec -> spec.withId("supplier-dialog-save")));
        expectNotifications("\"Bitwerk bv\" is opgeslagen.");
        assertThat(items(PurchasingViewTest.<Supplier>grid("supplier-grid"))).extracting(Supplier::enterpriseNumberFormatted)
                .containsExactly("0123.456.749");

        tab("Contracten");
        _click(_get(Button.class, spec -> spec.withId("contract-add")));
        fill("contract-title", "Laptops voor leerlingen");
        PurchasingViewTest.<Supplier>select("contract-supplier").setValue(suppliers.suppliers().getFirst());
        PurchasingViewTest.<PurchaseCategory>select("contract-category").setValue(PurchaseCategory.DEVICES);
        PurchasingViewTest.<Procurement>select("contract-procurement").setValue(Procurement.OWN_TENDER);
        _get(DatePicker.class, spec -> spec.withId("contract-start")).setValue(today.minusMonths(2));
        _get(DatePicker.class, spec -> spec.withId("contract-end")).setValue(today.minusMonths(3));
        _click(_get(Button.class, spec -> spec.withId("contract-document-add")));
        fill("contract-document-label-0", "Bestek");
        fill("contract-document-url-0", "intranet/bestek.pdf");
        _click(_get(Button.class, spec -> spec.withId("contract-dialog-save")));
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("contract-end"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("De einddatum kan niet vóór de begindatum liggen.");

        end.setValue(today.plusYears(2));
        _click(_get(Button.class, spec -> spec.withId("contract-dialog-save")));
        TextField documentProblem = _get(TextField.class, spec -> spec.withId("contract-document-problem"));
        assertThat(documentProblem.isVisible()).isTrue();
        assertThat(documentProblem.getErrorMessage()).contains("\"intranet/bestek.pdf\" is geen webadres");
        assertThat(contracts.contracts()).as("nothing saved yet").isEmpty();

        fill("contract-document-url-0", "https://intranet.noorderlicht.example/bestek.pdf");
        _click(_get(Button.class, spec -> spec.withId("contract-dialog-save")));
        expectNotifications("\"Laptops voor leerlingen\" is opgeslagen.");
        Grid<Contract> grid = grid("contract-grid");
        assertThat(items(grid)).extracting(Contract::title).containsExactly("Laptops voor leerlingen");
        assertThat(text(_getCellComponent(grid, 0, "actions"))).contains("Scholen", "Wijzigen", "Verwijderen");
        assertThat(contracts.contracts().getFirst().documents()).extracting(d -> d.url())
                .containsExactly("https://intranet.noorderlicht.example/bestek.pdf");
    }

    @Test
    void theQuoteComparisonRanksTheQuotesAndAwardingMarksTheWinner() {
        asIct();
        UUID alfa = supplier("Alfa Netwerken").id();
        UUID beta = supplier("Beta Draadloos").id();
        UUID gamma = supplier("Gamma ICT").id();
        {
            Tender tender = tenders.add(new TenderInput("Wifi secundair", PurchaseCategory.NETWORK, List.of(new CriterionInput("prijs", 40),
                    new CriterionInput("kwaliteit", 30), new CriterionInput("service", 30))), ICT);
            UUID p = tender.criteria().get(0).id();
            UUID k = tender.criteria().get(1).id();
            UUID s = tender.criteria().get(2).id();
            tender = tenders.saveQuote(tender, null, new QuoteInput(alfa, new BigDecimal("48000"), "", Map.of(p, new BigDecimal("8"),
                    k, new BigDecimal("6"), s, new BigDecimal("9"))), ICT);
            tender = tenders.saveQuote(tender, null, new QuoteInput(beta, null, "", Map.of(p, new BigDecimal("6"), k, new BigDecimal("9"),
                    s, new BigDecimal("9"))), ICT);
            tenders.saveQuote(tender, null, new QuoteInput(gamma, null, "", Map.of(p, new BigDecimal("9.5"), k, new BigDecimal("5"),
                    s, new BigDecimal("6"))), ICT);
        }
        open();
        tab("Aanbestedingen / offertes");

        Grid<RankedQuote> quotes = grid("quote-grid");
        assertThat(items(quotes)).extracting(r -> r.quote().supplierName(), r -> r.result().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Beta Draadloos", "7.80"), org.assertj.core.groups.Tuple.tuple("Alfa Netwerken", "7.70"),
                        org.assertj.core.groups.Tuple.tuple("Gamma ICT", "7.10"));
        assertThat(quotes.getColumnByKey("result").getHeaderText()).isEqualTo("Resultaat");

        UUID betaQuote = items(quotes).getFirst().quote().id();
        _click(action(quotes, 0, "quote-decide-" + betaQuote).orElseThrow());
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("purchasing-confirm")));
        expectNotifications("Gegund aan Beta Draadloos.");
        Tender decided = tenders.tenders().getFirst();
        assertThat(decided.status()).isEqualTo(TenderStatus.DECIDED);
        assertThat(decided.winningQuoteId()).isEqualTo(betaQuote);
        Grid<RankedQuote> after = grid("quote-grid");
        assertThat(text(_getCellComponent(after, 0, "supplier"))).contains("Beta Draadloos", "Gegund");
        assertThat(after.getColumnByKey("actions")).as("an awarded tender no longer changes").isNull();
        _assertNone(Button.class, spec -> spec.withId("quote-add"));
    }

    @Test
    void groupIctStaffApproveARequestAndRefuseAnotherOnlyWithAReason() {
        asIct();
        Contract laptops = contract("Laptops", PurchaseCategory.DEVICES, today.plusYears(1));
        contracts.join(laptops.id(), vlinder, ICT);
        PurchaseRequest through = requests.file(vlinder, new PurchaseRequestInput(laptops.id(), null, "12 laptops", 12,
                new BigDecimal("7200")), ICT);
        PurchaseRequest outside = requests.file(kompas, new PurchaseRequestInput(null, PurchaseCategory.DEVICES,
                "tablets bij de winkel", 4, new BigDecimal("1600.5")), ICT);
        open();
        assertThat(text(_get(Div.class, spec -> spec.withId("purchasing-warnings"))))
                .contains("Basisschool Het Kompas koopt buiten het raamcontract: \"tablets bij de winkel\" (Toestellen), terwijl raamcontract \"Laptops\" loopt.");
        tab("Aankoopaanvragen");

        Grid<PurchaseRequest> grid = grid("request-grid");
        assertThat(items(grid)).extracting(PurchaseRequest::description).containsExactlyInAnyOrder("12 laptops", "tablets bij de winkel");
        int outsideRow = items(grid).indexOf(outside);
        assertThat(text(_getCellComponent(grid, outsideRow, "status"))).isEqualTo("Aangevraagd");
        _click(action(grid, items(grid).indexOf(through), "request-approve-" + through.id()).orElseThrow());
        expectNotifications("\"12 laptops\" is goedgekeurd.");

        grid = grid("request-grid");
        _click(action(grid, items(grid).indexOf(requests.requests().stream().filter(r -> r.id().equals(outside.id())).findFirst().orElseThrow()),
                "request-refuse-" + outside.id()).orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("refusal-dialog-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("refusal-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Geef de reden waarom je weigert");
        reason.setValue("Bestel via het raamcontract Laptops.");
        _click(_get(Button.class, spec -> spec.withId("refusal-dialog-save")));
        expectNotifications("\"tablets bij de winkel\" is geweigerd.");

        assertThat(requests.requests()).extracting(PurchaseRequest::description, PurchaseRequest::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("12 laptops", RequestStatus.APPROVED),
                org.assertj.core.groups.Tuple.tuple("tablets bij de winkel", RequestStatus.REFUSED));
        grid = grid("request-grid");
        List<PurchaseRequest> now = items(grid);
        int refusedRow = now.indexOf(now.stream().filter(r -> r.id().equals(outside.id())).findFirst().orElseThrow());
        assertThat(text(_getCellComponent(grid, refusedRow, "status"))).contains("Geweigerd", "Bestel via het raamcontract Laptops.");
        assertThat(action(grid, refusedRow, "request-approve-" + outside.id())).as("decided: no more buttons").isEmpty();
        assertThat(text(_get(Div.class, spec -> spec.withId("purchasing-warnings")))).as("a refused request buys nothing")
                .contains("Aandachtspunten (0)");
    }

    // ---- a director

    @Test
    void aDirectorJoinsAContractAndFilesARequestForTheirOwnSchoolOnly() {
        asIct();
        Contract laptops = contract("Laptops", PurchaseCategory.DEVICES, today.plusDays(60));
        Contract ended = contract("Printers oud", PurchaseCategory.PRINTING_COPIERS, today.minusDays(5));
        PurchaseRequest ofKompas = requests.file(kompas, new PurchaseRequestInput(null, PurchaseCategory.OTHER,
                "Kompas: koptelefoons", 20, new BigDecimal("400")), ICT);
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        open();
        assertThat(tabLabels()).as("the school's part").containsExactly("Contracten", "Aankoopaanvragen");
        assertThat(text(_get(Div.class, spec -> spec.withId("purchasing-warnings")))).as("only contracts the school joined")
                .contains("Aandachtspunten (0)");

        Grid<Contract> grid = grid("contract-grid");
        assertThat(items(grid)).as("an ended contract the school never joined is not offered").extracting(Contract::id)
                .containsExactly(laptops.id()).doesNotContain(ended.id());
        _assertNone(Button.class, spec -> spec.withId("contract-add"));
        _click(action(grid, 0, "contract-join-" + laptops.id()).orElseThrow());
        expectNotifications("Je school doet mee met \"Laptops\".");
        assertThat(text(_get(Div.class, spec -> spec.withId("purchasing-warnings")))).contains("Raamcontract \"Laptops\" loopt af over 60 dagen");
        grid = grid("contract-grid");
        assertThat(GridKt._getFormatted(grid, 0, "schools")).isEqualTo("Je school doet mee");
        assertThat(action(grid, 0, "contract-leave-" + laptops.id())).isPresent();

        tab("Aankoopaanvragen");
        assertThat(items(PurchasingViewTest.<PurchaseRequest>grid("request-grid"))).as("not another school's requests").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("request-add")));
        // their own school: no choice to make
        _assertNone(Select.class, spec -> spec.withId("request-school"));
        Select<Contract> contract = select("request-contract");
        assertThat(contract.getListDataView().getItems().map(Contract::title)).containsExactly("Laptops");
        contract.setValue(contract.getListDataView().getItems().findFirst().orElseThrow());
        fill("request-description", "Laptops voor het vijfde leerjaar");
        _get(IntegerField.class, spec -> spec.withId("request-quantity")).setValue(0);
        _get(BigDecimalField.class, spec -> spec.withId("request-cost")).setValue(new BigDecimal("4500.00"));
        _click(_get(Button.class, spec -> spec.withId("request-dialog-save")));
        IntegerField quantity = _get(IntegerField.class, spec -> spec.withId("request-quantity"));
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("Het aantal moet een geheel getal van 1 tot 100.000 zijn.");
        quantity.setValue(9);
        _click(_get(Button.class, spec -> spec.withId("request-dialog-save")));
        expectNotifications("Je aanvraag \"Laptops voor het vijfde leerjaar\" is ingediend.");

        Grid<PurchaseRequest> mine = grid("request-grid");
        assertThat(items(mine)).extracting(PurchaseRequest::description, PurchaseRequest::schoolId, PurchaseRequest::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Laptops voor het vijfde leerjaar", vlinder, PurchaseCategory.DEVICES));
        assertThat(text(_getCellComponent(mine, 0, "what"))).contains("Via raamcontract \"Laptops\"");
        assertThat(text(_getCellComponent(mine, 0, "status"))).isEqualTo("Aangevraagd");
        assertThat(GridKt._getFormatted(mine, 0, "cost")).startsWith("€").endsWith("4.500,00");
        assertThat(mine.getColumnByKey("actions")).as("a director approves nothing").isNull();
        _assertNone(Button.class, spec -> spec.withId("request-approve-" + ofKompas.id()));

        // and the services behind the page say the same
        PurchaseRequest own = items(mine).getFirst();
        assertThatThrownBy(() -> requests.approve(own, "directeur")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.refuse(ofKompas, "nee", "directeur")).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.requests()).extracting(PurchaseRequest::id).containsExactly(own.id());
        assertThatThrownBy(() -> requests.file(kompas, new PurchaseRequestInput(null, PurchaseCategory.OTHER, "x", 1, BigDecimal.ONE),
                "directeur")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDirectorSeesTheStatusAndTheReasonTheGroupGave() {
        asIct();
        PurchaseRequest mine = requests.file(vlinder, new PurchaseRequestInput(null, PurchaseCategory.AUDIOVISUAL,
                "Beamer turnzaal", 1, new BigDecimal("899.99")), ICT);
        requests.refuse(mine, "Wacht op het raamcontract audiovisueel van september.", ICT);
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        open();
        tab("Aankoopaanvragen");
        Grid<PurchaseRequest> grid = grid("request-grid");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(text(_getCellComponent(grid, 0, "status"))).contains("Geweigerd", "Wacht op het raamcontract audiovisueel van september.");
    }

    @Test
    void theWorkspaceSpeaksEnglishToo() {
        asIct();
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open();
        assertThat(tabLabels()).containsExactly("Contracts", "Tenders / quotes", "Purchase requests", "Suppliers");
        assertThat(text(_get(Div.class, spec -> spec.withId("purchasing-warnings")))).contains("Points of attention (0)");
    }
}

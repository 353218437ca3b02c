package be.taakwijzer.purchasing;

import static be.taakwijzer.testsupport.ServiceIsolation.assertMatrixCovers;
import static be.taakwijzer.testsupport.ServiceIsolation.assertRefused;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRoles;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.allocation.HistoryService;
import be.taakwijzer.testsupport.RowLevelSecurityChecks;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.testsupport.ServiceIsolation.AsUser;
import be.taakwijzer.testsupport.ServiceIsolation.PeopleOf;

/**
 * The isolation matrix of the purchasing services: with data in group A, group B's ICT staff, DPO and a
 * director of B call every public method; they see nothing of A or are refused, and A's data is the
 * same afterwards. And at the SQL level: each purchasing table shows no row of another group and takes none.
 */
@SpringBootTest
class PurchasingIsolationTest {

    private static final String ICT_A = "ict@noorderlicht.example";
    private static final String INTRUDER = "ict@zuiderzon.example";

    @Autowired
    SupplierService suppliers;
    @Autowired
    ContractService contracts;
    @Autowired
    TenderService tenders;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    PurchasingWarningService warnings;
    @Autowired
    HistoryService history;

    UUID groupA;
    UUID schoolA1;
    UUID schoolA2;
    UUID groupB;
    UUID schoolB;
    PeopleOf peopleOfB;
    LocalDate today;
    GroupData a;

    /** What one group has: its own objects, to pass to B. */
    record GroupData(be.taakwijzer.purchasing.Supplier supplier, UUID spareSupplier, Contract contract, Tender tender,
                     UUID unscoredCriterion, PurchaseRequest request, PurchaseRequest outside) {
    }

    @BeforeEach
    void twoGroups() {
        groupA = TestTenants.createGroup("Scholengroep Noorderlicht");
        schoolA1 = TestTenants.createSchool(groupA, "Basisschool De Vlinder");
        schoolA2 = TestTenants.createSchool(groupA, "Basisschool Het Kompas");
        groupB = TestTenants.createGroup("Scholengroep Zuiderzon");
        schoolB = TestTenants.createSchool(groupB, "Basisschool De Zonnewijzer");
        peopleOfB = new PeopleOf(groupB, schoolB);
        today = tenant(groupA, warnings::today);
        a = populate(groupA, schoolA1, schoolA2);
    }

    /** Fills every purchasing table of a group: a supplier, a contract with a document and a school, a scored tender, requests. */
    private GroupData populate(UUID group, UUID school1, UUID school2) {
        return tenant(group, () -> {
            be.taakwijzer.purchasing.Supplier supplier = suppliers.add(new SupplierInput("Bitwerk bv", "0123.456.749", "offerte@bitwerk.example",
                    ""), ICT_A);
            Contract contract = contracts.add(new ContractInput("Laptops", supplier.id(), PurchaseCategory.DEVICES, Procurement.OWN_TENDER,
                    today.minusYears(1), today.plusDays(30), "", List.of(new ContractDocument("https://groep.example/bestek.pdf", "Bestek"))),
                    ICT_A);
            contract = contracts.join(contract.id(), school1, ICT_A);
            Tender tender = tenders.add(new TenderInput("Wifi", PurchaseCategory.NETWORK, List.of(new CriterionInput("prijs", 60),
                    new CriterionInput("service", 40))), ICT_A);
            tender = tenders.saveQuote(tender, null, new QuoteInput(supplier.id(), new BigDecimal("1000"), "",
                    Map.of(tender.criteria().get(0).id(), BigDecimal.TEN, tender.criteria().get(1).id(), BigDecimal.ONE)), ICT_A);
            // a criterion added after the scoring: the quote has no score for it yet
            tender = tenders.change(tender, new TenderInput("Wifi", PurchaseCategory.NETWORK, List.of(new CriterionInput("prijs", 60),
                    new CriterionInput("service", 40), new CriterionInput("duurzaamheid", 10))), ICT_A);
            UUID spare = suppliers.add(new SupplierInput("Printwerk cv", null, null, ""), ICT_A).id();
            PurchaseRequest request = requests.file(school1, new PurchaseRequestInput(contract.id(), null, "laptops", 2,
                    new BigDecimal("1200")), ICT_A);
            PurchaseRequest outside = requests.file(school2, new PurchaseRequestInput(null, PurchaseCategory.DEVICES, "tablets", 3,
                    new BigDecimal("900")), ICT_A);
            return new GroupData(supplier, spare, contract, tender, tender.criteria().get(2).id(), request, outside);
        });
    }

    // ---- the users of group B





    /** All of A's purchasing data that A can read through the services. */
    private Map<String, Object> snapshotOfA() {
        return tenant(groupA, () -> {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("suppliers", suppliers.suppliers());
            all.put("contracts", contracts.contracts());
            all.put("tenders", tenders.tenders());
            all.put("requests", requests.requests());
            all.put("warnings", warnings.warnings());
            all.put("history", history.groupHistory());
            return all;
        });
    }

    @Test
    void theMatrixCoversEveryPublicMethodOfThePurchasingServices() {
        Map<Class<?>, Set<String>> covered = Map.of(
                SupplierService.class, Set.of("suppliers", "add", "change", "remove"),
                ContractService.class, Set.of("contracts", "add", "change", "remove", "join", "leave"),
                TenderService.class, Set.of("tenders", "add", "change", "saveQuote", "removeQuote", "decide", "remove"),
                PurchaseRequestService.class, Set.of("requests", "file", "approve", "refuse"),
                PurchasingWarningService.class, Set.of("warnings", "today"));
        assertMatrixCovers(covered);
    }

    @Test
    void groupBSeesNothingOfAInTheReadingMethods() {
        Map<String, Object> before = snapshotOfA();
        assertThat(tenant(groupA, warnings::warnings)).as("A has warnings, so that a leak would show").hasSize(2);

        for (AsUser b : List.<AsUser>of(peopleOfB::ict, peopleOfB::director)) {
            assertThat(b.run(contracts::contracts)).isEmpty();
            assertThat(b.run(requests::requests)).isEmpty();
            assertThat(b.run(warnings::warnings)).isEmpty();
            assertThat(b.run(warnings::today)).as("the same calendar for everyone").isEqualTo(today);
        }
        assertThat(peopleOfB.ict(suppliers::suppliers)).isEmpty();
        assertThat(peopleOfB.ict(tenders::tenders)).isEmpty();
        assertRefused(() -> peopleOfB.director(suppliers::suppliers));
        assertRefused(() -> peopleOfB.director(tenders::tenders));
        for (ThrowingCallable read : List.<ThrowingCallable>of(() -> peopleOfB.dpo(suppliers::suppliers), () -> peopleOfB.dpo(contracts::contracts),
                () -> peopleOfB.dpo(tenders::tenders), () -> peopleOfB.dpo(requests::requests), () -> peopleOfB.dpo(warnings::warnings))) {
            assertRefused(read);
        }
        assertThat(snapshotOfA()).isEqualTo(before);
    }

    @Test
    void groupBCannotChangeAnySupplierContractOrTenderOfA() {
        Map<String, Object> before = snapshotOfA();
        SupplierInput supplierInput = new SupplierInput("Overgenomen", null, null, "");
        ContractInput contractInput = new ContractInput("Overgenomen", a.supplier().id(), PurchaseCategory.OTHER, Procurement.OWN_TENDER,
                today, today, "", List.of());
        TenderInput tenderInput = new TenderInput("Overgenomen", PurchaseCategory.OTHER, List.of(new CriterionInput("prijs", 1)));
        QuoteInput quoteInput = new QuoteInput(a.supplier().id(), null, "", Map.of(a.tender().criteria().getFirst().id(), BigDecimal.ONE,
                a.tender().criteria().get(1).id(), BigDecimal.ONE));
        UUID quote = a.tender().quotes().getFirst().id();
        for (AsUser b : peopleOfB.all()) {
            assertRefused(() -> b.run(() -> suppliers.change(a.supplier(), supplierInput, INTRUDER)));
            assertRefused(() -> b.run(() -> { suppliers.remove(a.supplier(), INTRUDER); return null; }));
            assertRefused(() -> b.run(() -> contracts.add(contractInput, INTRUDER)));
            assertRefused(() -> b.run(() -> contracts.change(a.contract(), contractInput, INTRUDER)));
            assertRefused(() -> b.run(() -> { contracts.remove(a.contract(), INTRUDER); return null; }));
            for (UUID school : List.of(schoolA1, schoolA2, schoolB)) {
                assertRefused(() -> b.run(() -> contracts.join(a.contract().id(), school, INTRUDER)));
                assertRefused(() -> b.run(() -> contracts.leave(a.contract().id(), school, INTRUDER)));
            }
            assertRefused(() -> b.run(() -> tenders.change(a.tender(), tenderInput, INTRUDER)));
            assertRefused(() -> b.run(() -> tenders.saveQuote(a.tender(), null, quoteInput, INTRUDER)));
            assertRefused(() -> b.run(() -> tenders.saveQuote(a.tender(), quote, quoteInput, INTRUDER)));
            assertRefused(() -> b.run(() -> tenders.removeQuote(a.tender(), quote, INTRUDER)));
            assertRefused(() -> b.run(() -> tenders.decide(a.tender(), quote, INTRUDER)));
            assertRefused(() -> b.run(() -> { tenders.remove(a.tender(), INTRUDER); return null; }));
        }
        // adding within B is B's own business and leaves A alone
        assertRefused(() -> peopleOfB.director(() -> suppliers.add(supplierInput, INTRUDER)));
        assertRefused(() -> peopleOfB.dpo(() -> suppliers.add(supplierInput, INTRUDER)));
        assertRefused(() -> peopleOfB.director(() -> tenders.add(tenderInput, INTRUDER)));
        assertRefused(() -> peopleOfB.dpo(() -> tenders.add(tenderInput, INTRUDER)));
        assertThat(peopleOfB.ict(() -> suppliers.add(supplierInput, INTRUDER)).name()).isEqualTo("Overgenomen");
        assertThat(peopleOfB.ict(() -> tenders.add(tenderInput, INTRUDER)).subject()).isEqualTo("Overgenomen");

        assertThat(snapshotOfA()).isEqualTo(before);
    }

    @Test
    void groupBCannotFileApproveOrRefuseRequestsOfA() {
        Map<String, Object> before = snapshotOfA();
        PurchaseRequestInput onAContract = new PurchaseRequestInput(a.contract().id(), null, "laptops", 1, BigDecimal.ONE);
        PurchaseRequestInput plain = new PurchaseRequestInput(null, PurchaseCategory.OTHER, "iets", 1, BigDecimal.ONE);
        for (AsUser b : peopleOfB.all()) {
            for (UUID school : List.of(schoolA1, schoolA2)) {
                assertRefused(() -> b.run(() -> requests.file(school, plain, INTRUDER)));
                assertRefused(() -> b.run(() -> requests.file(school, onAContract, INTRUDER)));
            }
            assertRefused(() -> b.run(() -> requests.file(schoolB, onAContract, INTRUDER)));
            for (PurchaseRequest request : List.of(a.request(), a.outside())) {
                assertRefused(() -> b.run(() -> requests.approve(request, INTRUDER)));
                assertRefused(() -> b.run(() -> requests.refuse(request, "nee", INTRUDER)));
            }
        }
        assertRefused(() -> peopleOfB.dpo(() -> requests.file(schoolB, plain, INTRUDER)));
        assertThat(peopleOfB.director(() -> requests.file(schoolB, plain, INTRUDER)).schoolId()).as("B's own school").isEqualTo(schoolB);
        assertThat(snapshotOfA()).isEqualTo(before);
        assertThat(tenant(groupA, requests::requests)).extracting(PurchaseRequest::status).containsOnly(RequestStatus.REQUESTED);
    }

    // ---- the database itself

    private static final List<String> TABLES = List.of("supplier", "framework_contract", "contract_document", "contract_school", "tender",
            "tender_criterion", "tender_quote", "tender_score", "purchase_request");

    @Test
    void eachPurchasingTableShowsNoRowOfAnotherGroupAndTakesNoneForIt() {
        UUID schoolB2 = TestTenants.createSchool(groupB, "Atheneum Zonnedauw");
        GroupData b = populate(groupB, schoolB, schoolB2);

        Map<String, Long> rowsOfB = RowLevelSecurityChecks.countsPerTable(TABLES, groupB, groupB);
        assertThat(rowsOfB).as("B has rows in every table, so that a leak would show").allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, groupB)).as("B's rows as seen by A").allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, null)).as("every row A sees is A's")
                .isEqualTo(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, groupA)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        UUID bQuote = b.tender().quotes().getFirst().id();
        Map<String, Function<UUID, String>> inserts = new LinkedHashMap<>();
        inserts.put("supplier", t -> "insert into supplier (tenant_id, name) values ('" + t + "', 'Indringer bv')");
        inserts.put("framework_contract", t -> "insert into framework_contract (tenant_id, title, supplier_id, category, procurement, start_date, end_date) "
                + "values ('" + t + "', 'Indringer', '" + b.supplier().id() + "', 'OTHER', 'OWN_TENDER', current_date, current_date)");
        inserts.put("contract_document", t -> "insert into contract_document (tenant_id, contract_id, position, url, label) "
                + "values ('" + t + "', '" + b.contract().id() + "', 7, 'https://indringer.example', 'x')");
        inserts.put("contract_school", t -> "insert into contract_school (tenant_id, contract_id, school_id, joined_by) "
                + "values ('" + t + "', '" + b.contract().id() + "', '" + schoolB2 + "', 'indringer')");
        inserts.put("tender", t -> "insert into tender (tenant_id, subject, category) values ('" + t + "', 'Indringer', 'OTHER')");
        inserts.put("tender_criterion", t -> "insert into tender_criterion (tenant_id, tender_id, position, name, weight) "
                + "values ('" + t + "', '" + b.tender().id() + "', 9, 'indringer', 1)");
        inserts.put("tender_quote", t -> "insert into tender_quote (tenant_id, tender_id, supplier_id) "
                + "values ('" + t + "', '" + b.tender().id() + "', '" + b.spareSupplier() + "')");
        inserts.put("tender_score", t -> "insert into tender_score (tenant_id, quote_id, criterion_id, score) "
                + "values ('" + t + "', '" + bQuote + "', '" + b.unscoredCriterion() + "', 5)");
        inserts.put("purchase_request", t -> "insert into purchase_request (tenant_id, school_id, category, description, quantity, estimated_cost, requested_by) "
                + "values ('" + t + "', '" + schoolB + "', 'OTHER', 'indringer', 1, 1, 'indringer')");
        assertThat(inserts.keySet()).containsExactlyElementsOf(TABLES);

        RowLevelSecurityChecks.assertInsertsIsolated(groupA, groupB, inserts, List.of("framework_contract", "contract_document", "contract_school", "tender_criterion", "tender_quote", "tender_score",
                    "purchase_request"));
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupB, groupB)).as("B unchanged").isEqualTo(rowsOfB);
        assertThat(tenant(groupB, requests::requests)).extracting(PurchaseRequest::status).containsOnly(RequestStatus.REQUESTED);
    }

}

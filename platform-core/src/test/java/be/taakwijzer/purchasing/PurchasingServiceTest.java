package be.taakwijzer.purchasing;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRoles;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.allocation.HistoryService;
import be.taakwijzer.allocation.PlanChangedException;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditEntry;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestTenants;

@SpringBootTest
class PurchasingServiceTest {

    private static final String ICT = "ict@noorderlicht.example";
    private static final String DIRECTOR = "directeur@vlinder.example";

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

    UUID group;
    UUID vlinder;
    UUID kompas;
    LocalDate today;

    @BeforeEach
    void group() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
        today = asIct(warnings::today);
    }

    private <T> T asIct(Supplier<T> work) {
        return tenant(group, work);
    }

    private <T> T asDirectorOf(UUID school, Supplier<T> work) {
        return withRolesAndSchool(group, school, List.of("SCHOOL_DIRECTOR"), work);
    }

    private static void assertKey(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo(key);
    }

    private be.taakwijzer.purchasing.Supplier supplier(String name) {
        return asIct(() -> suppliers.add(new SupplierInput(name, null, null, ""), ICT));
    }

    private Contract contract(String title, PurchaseCategory category, LocalDate start, LocalDate end) {
        UUID supplier = supplier("Leverancier " + title).id();
        return asIct(() -> contracts.add(new ContractInput(title, supplier, category, Procurement.PURCHASING_CENTRE, start, end, "",
                List.of()), ICT));
    }

    private List<AuditEntry> groupHistory() {
        return asIct(history::groupHistory);
    }

    // ---- suppliers

    @Test
    void aSupplierIsKeptTidyAndChangedOnTheVersionThatWasRead() {
        be.taakwijzer.purchasing.Supplier added = asIct(() -> suppliers.add(
                new SupplierInput("  Bitwerk bv ", "BE 0123.456.749", " Offerte@Bitwerk.Example ", " raamcontract laptops "), ICT));
        assertThat(added.name()).isEqualTo("Bitwerk bv");
        assertThat(added.enterpriseNumber()).isEqualTo("0123456749");
        assertThat(added.enterpriseNumberFormatted()).isEqualTo("0123.456.749");
        assertThat(added.contactEmail()).isEqualTo("offerte@bitwerk.example");
        assertThat(added.note()).isEqualTo("raamcontract laptops");
        assertThat(asIct(suppliers::suppliers)).containsExactly(added);

        be.taakwijzer.purchasing.Supplier changed = asIct(() -> suppliers.change(added, new SupplierInput("Bitwerk nv", "", "", ""), ICT));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.enterpriseNumber()).isNull();
        assertThat(changed.contactEmail()).isNull();
        assertThatThrownBy(() -> asIct(() -> suppliers.change(added, new SupplierInput("Oud", null, null, ""), ICT)))
                .as("a change on the version read before someone else's").isInstanceOf(PlanChangedException.class);
        assertThatThrownBy(() -> asIct(() -> { suppliers.remove(added, ICT); return null; })).isInstanceOf(PlanChangedException.class);
        assertThat(asIct(suppliers::suppliers)).containsExactly(changed);

        asIct(() -> { suppliers.remove(changed, ICT); return null; });
        assertThat(asIct(suppliers::suppliers)).isEmpty();
        assertThat(groupHistory()).filteredOn(e -> e.entityId().equals(added.id()))
                .extracting(AuditEntry::entity, AuditEntry::action, AuditEntry::actor, AuditEntry::schoolId)
                .containsExactlyInAnyOrder(tuple("supplier", AuditAction.CREATED, ICT, null), tuple("supplier", AuditAction.CHANGED, ICT, null),
                        tuple("supplier", AuditAction.DELETED, ICT, null));
        assertThat(groupHistory()).filteredOn(e -> e.action() == AuditAction.CHANGED).first()
                .satisfies(e -> {
                    assertThat(e.before()).contains("\"name\": \"Bitwerk bv\"", "0123456749");
                    assertThat(e.after()).contains("\"name\": \"Bitwerk nv\"");
                });
    }

    @Test
    void aSupplierIsRefusedWithAMessageKeyForEachProblem() {
        supplier("Bitwerk bv");
        assertKey(() -> asIct(() -> suppliers.add(new SupplierInput(" ", null, null, ""), ICT)), "purchasing.error.supplier-name");
        assertKey(() -> asIct(() -> suppliers.add(new SupplierInput(" BITWERK BV", null, null, ""), ICT)), "purchasing.error.supplier-duplicate");
        assertKey(() -> asIct(() -> suppliers.add(new SupplierInput("Ander", "0123.456.748", null, ""), ICT)), "purchasing.error.enterprise-number");
        assertKey(() -> asIct(() -> suppliers.add(new SupplierInput("Ander", null, "geen-adres", ""), ICT)), "purchasing.error.email");
        assertKey(() -> asIct(() -> suppliers.add(new SupplierInput("Ander", null, null, "x".repeat(2001)), ICT)), "purchasing.error.note");
        assertThat(asIct(suppliers::suppliers)).hasSize(1);
    }

    @Test
    void aSupplierOfAContractOrAQuoteStays() {
        Contract contract = contract("Laptops", PurchaseCategory.DEVICES, today, today.plusYears(1));
        be.taakwijzer.purchasing.Supplier used = asIct(suppliers::suppliers).getFirst();
        assertKey(() -> asIct(() -> { suppliers.remove(used, ICT); return null; }), "purchasing.error.supplier-in-use");
        assertThat(asIct(contracts::contracts)).containsExactly(contract);
    }

    @Test
    void onlyGroupIctStaffKeepSuppliers() {
        assertThatThrownBy(() -> asDirectorOf(vlinder, suppliers::suppliers)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirectorOf(vlinder, () -> suppliers.add(new SupplierInput("X", null, null, ""), DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> withRoles(group, List.of("GROUP_DPO"), suppliers::suppliers)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- contracts

    @Test
    void aContractKeepsItsDocumentsAndIsChangedOnTheVersionThatWasRead() {
        UUID supplier = supplier("Printwerk cv").id();
        Contract added = asIct(() -> contracts.add(new ContractInput(" Printers en kopieerapparaten ", supplier,
                PurchaseCategory.PRINTING_COPIERS, Procurement.UMBRELLA, today.minusMonths(1), today.plusYears(3), "via de koepel",
                List.of(new ContractDocument(" https://intranet.noorderlicht.example/bestek.pdf ", " Bestek "),
                        new ContractDocument("http://koepel.example/raamcontract", "Raamcontract"))), ICT));
        assertThat(added.title()).isEqualTo("Printers en kopieerapparaten");
        assertThat(added.supplierName()).isEqualTo("Printwerk cv");
        assertThat(added.documents()).containsExactly(new ContractDocument("https://intranet.noorderlicht.example/bestek.pdf", "Bestek"),
                new ContractDocument("http://koepel.example/raamcontract", "Raamcontract"));
        assertThat(added.schoolIds()).isEmpty();

        Contract changed = asIct(() -> contracts.change(added, new ContractInput("Printers", supplier, PurchaseCategory.PRINTING_COPIERS,
                Procurement.UMBRELLA, today.minusMonths(1), today.plusYears(2), "", List.of(new ContractDocument("https://a.example/b", "B"))), ICT));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.documents()).extracting(ContractDocument::label).containsExactly("B");
        assertThatThrownBy(() -> asIct(() -> contracts.change(added, new ContractInput("Oud", supplier, PurchaseCategory.PRINTING_COPIERS,
                Procurement.UMBRELLA, today, today, "", List.of()), ICT))).isInstanceOf(PlanChangedException.class);
        assertThat(asIct(contracts::contracts)).containsExactly(changed);
        assertThat(groupHistory()).filteredOn(e -> e.entityId().equals(added.id())).extracting(AuditEntry::entity, AuditEntry::action)
                .containsExactlyInAnyOrder(tuple("framework_contract", AuditAction.CREATED), tuple("framework_contract", AuditAction.CHANGED));

        asIct(() -> { contracts.remove(changed, ICT); return null; });
        assertThat(asIct(contracts::contracts)).isEmpty();
    }

    @Test
    void aContractIsRefusedWithAMessageKeyForEachProblem() {
        UUID supplier = supplier("Netwerk bv").id();
        assertKey(() -> add(new ContractInput("", supplier, PurchaseCategory.NETWORK, Procurement.OWN_TENDER, today, today, "", null)),
                "purchasing.error.contract-title");
        assertKey(() -> add(new ContractInput("T", UUID.randomUUID(), PurchaseCategory.NETWORK, Procurement.OWN_TENDER, today, today, "", null)),
                "purchasing.error.supplier-unknown");
        assertKey(() -> add(new ContractInput("T", supplier, null, Procurement.OWN_TENDER, today, today, "", null)), "purchasing.error.category");
        assertKey(() -> add(new ContractInput("T", supplier, PurchaseCategory.NETWORK, null, today, today, "", null)), "purchasing.error.procurement");
        assertKey(() -> add(new ContractInput("T", supplier, PurchaseCategory.NETWORK, Procurement.OWN_TENDER, null, today, "", null)),
                "purchasing.error.dates");
        assertKey(() -> add(new ContractInput("T", supplier, PurchaseCategory.NETWORK, Procurement.OWN_TENDER, today, today.minusDays(1), "", null)),
                "purchasing.error.end-before-start");
        assertKey(() -> add(new ContractInput("T", supplier, PurchaseCategory.NETWORK, Procurement.OWN_TENDER, today, today, "",
                List.of(new ContractDocument("javascript:alert(1)", "X")))), "purchasing.error.document-url");
        assertKey(() -> add(new ContractInput("T", supplier, PurchaseCategory.NETWORK, Procurement.OWN_TENDER, today, today, "",
                List.of(new ContractDocument("www.example.org/bestek", "X")))), "purchasing.error.document-url");
        assertKey(() -> add(new ContractInput("T", supplier, PurchaseCategory.NETWORK, Procurement.OWN_TENDER, today, today, "",
                List.of(new ContractDocument("https://example.org/bestek", " ")))), "purchasing.error.document-label");
        assertThat(asIct(contracts::contracts)).isEmpty();
        assertThat(add(new ContractInput("Eén dag", supplier, PurchaseCategory.NETWORK, Procurement.GOVERNMENT, today, today, "", null)).endDate())
                .as("end on the start day").isEqualTo(today);
    }

    private Contract add(ContractInput input) {
        return asIct(() -> contracts.add(input, ICT));
    }

    @Test
    void aDirectorSeesEveryContractButJoinsAndLeavesOnlyForTheirOwnSchool() {
        Contract laptops = contract("Laptops", PurchaseCategory.DEVICES, today.minusYears(1), today.plusYears(1));
        asIct(() -> contracts.join(laptops.id(), kompas, ICT));

        List<Contract> seen = asDirectorOf(vlinder, contracts::contracts);
        assertThat(seen).singleElement().satisfies(c -> assertThat(c.schoolIds()).as("not another school's membership").isEmpty());
        Contract joined = asDirectorOf(vlinder, () -> contracts.join(laptops.id(), vlinder, DIRECTOR));
        assertThat(joined.schoolIds()).containsExactly(vlinder);
        assertThat(asIct(contracts::contracts).getFirst().schoolIds()).containsExactlyInAnyOrder(vlinder, kompas);
        assertKey(() -> asDirectorOf(vlinder, () -> contracts.join(laptops.id(), vlinder, DIRECTOR)), "purchasing.error.already-joined");

        assertThatThrownBy(() -> asDirectorOf(vlinder, () -> contracts.leave(laptops.id(), kompas, DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirectorOf(vlinder, () -> contracts.join(laptops.id(), kompas, DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirectorOf(vlinder, () -> contracts.add(new ContractInput("X", laptops.supplierId(),
                PurchaseCategory.DEVICES, Procurement.OWN_TENDER, today, today, "", null), DIRECTOR))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirectorOf(vlinder, () -> { contracts.remove(laptops, DIRECTOR); return null; }))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(asDirectorOf(vlinder, () -> contracts.leave(laptops.id(), vlinder, DIRECTOR)).schoolIds()).isEmpty();
        assertKey(() -> asDirectorOf(vlinder, () -> contracts.leave(laptops.id(), vlinder, DIRECTOR)), "purchasing.error.not-joined");
        assertThat(asIct(contracts::contracts).getFirst().schoolIds()).containsExactly(kompas);

        assertThat(asDirectorOf(vlinder, () -> history.schoolHistory(vlinder)))
                .extracting(AuditEntry::entity, AuditEntry::action, AuditEntry::actor, AuditEntry::entityId)
                .containsExactlyInAnyOrder(tuple("contract_school", AuditAction.LINKED, DIRECTOR, laptops.id()),
                        tuple("contract_school", AuditAction.DELETED, DIRECTOR, laptops.id()));
    }

    @Test
    void nobodyJoinsAnEndedContract() {
        Contract ended = contract("Oud", PurchaseCategory.DEVICES, today.minusYears(2), today.minusDays(1));
        assertKey(() -> asDirectorOf(vlinder, () -> contracts.join(ended.id(), vlinder, DIRECTOR)), "purchasing.error.contract-ended");
        assertKey(() -> asIct(() -> contracts.join(UUID.randomUUID(), vlinder, ICT)), "purchasing.error.contract-unknown");
        assertKey(() -> asIct(() -> contracts.join(ended.id(), UUID.randomUUID(), ICT)), "purchasing.error.school");
    }

    @Test
    void aContractWithRequestsCannotBeRemoved() {
        Contract laptops = contract("Laptops", PurchaseCategory.DEVICES, today.minusYears(1), today.plusYears(1));
        asDirectorOf(vlinder, () -> contracts.join(laptops.id(), vlinder, DIRECTOR));
        asDirectorOf(vlinder, () -> requests.file(vlinder, new PurchaseRequestInput(laptops.id(), null, "laptops", 3, new BigDecimal("1800")),
                DIRECTOR));
        Contract current = asIct(contracts::contracts).getFirst();
        assertKey(() -> asIct(() -> { contracts.remove(current, ICT); return null; }), "purchasing.error.contract-in-use");
    }

    // ---- tenders

    private Tender tenderWithThreeCriteria() {
        return asIct(() -> tenders.add(new TenderInput(" Wifi-netwerk secundaire scholen ", PurchaseCategory.NETWORK,
                List.of(new CriterionInput("prijs", 40), new CriterionInput("kwaliteit", 30), new CriterionInput("service", 30))), ICT));
    }

    private Map<UUID, BigDecimal> scores(Tender tender, String... values) {
        java.util.HashMap<UUID, BigDecimal> scores = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) {
            scores.put(tender.criteria().get(i).id(), new BigDecimal(values[i]));
        }
        return scores;
    }

    @Test
    void quotesAreScoredRankedAndTheDecisionMarksTheWinner() {
        Tender tender = tenderWithThreeCriteria();
        assertThat(tender.subject()).isEqualTo("Wifi-netwerk secundaire scholen");
        assertThat(tender.status()).isEqualTo(TenderStatus.OPEN);
        assertThat(tender.criteria()).extracting(Criterion::name, Criterion::weight)
                .containsExactly(tuple("prijs", 40), tuple("kwaliteit", 30), tuple("service", 30));
        UUID a = supplier("Alfa Netwerken").id();
        UUID b = supplier("Beta Draadloos").id();
        UUID c = supplier("Gamma ICT").id();

        Tender t1 = asIct(() -> tenders.saveQuote(tender, null, new QuoteInput(a, new BigDecimal("48000"), "", scores(tender, "8", "6", "9")), ICT));
        Tender t2 = asIct(() -> tenders.saveQuote(t1, null, new QuoteInput(b, new BigDecimal("52000.5"), "", scores(tender, "6", "9", "9")), ICT));
        Tender t3 = asIct(() -> tenders.saveQuote(t2, null, new QuoteInput(c, null, "", scores(tender, "9.5", "5", "6")), ICT));
        assertThat(t3.version()).isEqualTo(3);
        // A: (320+180+270)/100 = 7.70; B: (240+270+270)/100 = 7.80; C: (380+150+180)/100 = 7.10
        assertThat(t3.ranking()).extracting(r -> r.quote().supplierName(), r -> r.result().toPlainString(), RankedQuote::rank)
                .containsExactly(tuple("Beta Draadloos", "7.80", 1), tuple("Alfa Netwerken", "7.70", 2), tuple("Gamma ICT", "7.10", 3));
        assertThat(t3.quotes()).filteredOn(q -> q.supplierId().equals(b)).singleElement()
                .satisfies(q -> assertThat(q.amount()).isEqualByComparingTo("52000.50"));

        UUID quoteA = t3.quotes().stream().filter(q -> q.supplierId().equals(a)).findFirst().orElseThrow().id();
        Tender rescored = asIct(() -> tenders.saveQuote(t3, quoteA, new QuoteInput(a, new BigDecimal("47000"), "herzien",
                scores(tender, "10", "7", "9")), ICT));
        // A: (400+210+270)/100 = 8.80
        assertThat(rescored.ranking().getFirst().quote().supplierName()).isEqualTo("Alfa Netwerken");
        assertThat(rescored.ranking().getFirst().result()).isEqualByComparingTo("8.80");

        Tender decided = asIct(() -> tenders.decide(rescored, quoteA, ICT));
        assertThat(decided.status()).isEqualTo(TenderStatus.DECIDED);
        assertThat(decided.winningQuoteId()).isEqualTo(quoteA);
        assertKey(() -> asIct(() -> tenders.saveQuote(decided, quoteA, new QuoteInput(a, null, "", scores(tender, "1", "1", "1")), ICT)),
                "purchasing.error.tender-decided");
        assertKey(() -> asIct(() -> tenders.decide(decided, quoteA, ICT)), "purchasing.error.tender-decided");
        UUID d = supplier("Delta Data").id();
        assertThatThrownBy(() -> asIct(() -> tenders.saveQuote(t1, null, new QuoteInput(d, null, "", scores(tender, "1", "1", "1")), ICT)))
                .as("an old version").isInstanceOf(PlanChangedException.class);

        assertThat(groupHistory()).filteredOn(e -> e.entity().equals("tender") && e.action() == AuditAction.CHANGED).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("\"status\": \"DECIDED\"", "\"winner\": \"Alfa Netwerken\"", "8.80"));
        assertThat(groupHistory()).filteredOn(e -> e.entity().equals("tender_quote")).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AuditAction.CREATED, AuditAction.CREATED, AuditAction.CREATED, AuditAction.CHANGED);
    }

    @Test
    void aTendersCriteriaAndQuotesAreRefusedWithAMessageKeyForEachProblem() {
        assertKey(() -> asIct(() -> tenders.add(new TenderInput(" ", PurchaseCategory.NETWORK, List.of(new CriterionInput("prijs", 1))), ICT)),
                "purchasing.error.tender-subject");
        assertKey(() -> asIct(() -> tenders.add(new TenderInput("T", PurchaseCategory.NETWORK, List.of()), ICT)), "purchasing.error.criteria-none");
        assertKey(() -> asIct(() -> tenders.add(new TenderInput("T", PurchaseCategory.NETWORK, List.of(new CriterionInput("prijs", 0))), ICT)),
                "purchasing.error.criterion-weight");
        assertKey(() -> asIct(() -> tenders.add(new TenderInput("T", PurchaseCategory.NETWORK, List.of(new CriterionInput("prijs", -5))), ICT)),
                "purchasing.error.criterion-weight");
        assertKey(() -> asIct(() -> tenders.add(new TenderInput("T", PurchaseCategory.NETWORK,
                List.of(new CriterionInput("prijs", 50), new CriterionInput(" Prijs", 50))), ICT)), "purchasing.error.criterion-duplicate");
        assertKey(() -> asIct(() -> tenders.add(new TenderInput("T", PurchaseCategory.NETWORK, List.of(new CriterionInput("", 5))), ICT)),
                "purchasing.error.criterion-name");
        assertKey(() -> asIct(() -> tenders.add(new TenderInput("T", null, List.of(new CriterionInput("prijs", 5))), ICT)),
                "purchasing.error.category");
        assertThat(asIct(tenders::tenders)).isEmpty();

        Tender tender = tenderWithThreeCriteria();
        UUID a = supplier("Alfa").id();
        assertKey(() -> asIct(() -> tenders.saveQuote(tender, null, new QuoteInput(a, null, "", scores(tender, "8", "11", "9")), ICT)),
                "purchasing.error.score");
        assertKey(() -> asIct(() -> tenders.saveQuote(tender, null, new QuoteInput(a, null, "", scores(tender, "8", "-1", "9")), ICT)),
                "purchasing.error.score");
        assertKey(() -> asIct(() -> tenders.saveQuote(tender, null, new QuoteInput(a, null, "", scores(tender, "8", "7.25", "9")), ICT)),
                "purchasing.error.score");
        assertKey(() -> asIct(() -> tenders.saveQuote(tender, null, new QuoteInput(a, null, "", scores(tender, "8", "7")), ICT)),
                "purchasing.error.score-missing");
        assertKey(() -> asIct(() -> tenders.saveQuote(tender, null, new QuoteInput(a, new BigDecimal("-1"), "", scores(tender, "8", "7", "9")), ICT)),
                "purchasing.error.amount");
        assertKey(() -> asIct(() -> tenders.saveQuote(tender, null, new QuoteInput(UUID.randomUUID(), null, "", scores(tender, "8", "7", "9")), ICT)),
                "purchasing.error.supplier-unknown");
        Tender once = asIct(() -> tenders.saveQuote(tender, null, new QuoteInput(a, null, "", scores(tender, "8", "7", "9")), ICT));
        assertKey(() -> asIct(() -> tenders.saveQuote(once, null, new QuoteInput(a, null, "", scores(tender, "1", "1", "1")), ICT)),
                "purchasing.error.quote-duplicate");
        assertKey(() -> asIct(() -> tenders.decide(once, UUID.randomUUID(), ICT)), "purchasing.error.quote-unknown");
        assertThat(asIct(tenders::tenders)).singleElement().satisfies(t -> assertThat(t.quotes()).hasSize(1));
    }

    @Test
    void changingCriteriaKeepsTheScoresOfCriteriaThatStayAndAnIncompleteQuoteIsNotChosen() {
        Tender tender = tenderWithThreeCriteria();
        UUID a = supplier("Alfa").id();
        Tender quoted = asIct(() -> tenders.saveQuote(tender, null, new QuoteInput(a, null, "", scores(tender, "8", "6", "9")), ICT));
        Tender changed = asIct(() -> tenders.change(quoted, new TenderInput("Wifi", PurchaseCategory.NETWORK,
                List.of(new CriterionInput("Prijs", 50), new CriterionInput("duurzaamheid", 50))), ICT));
        assertThat(changed.criteria()).extracting(Criterion::name, Criterion::weight).containsExactly(tuple("Prijs", 50), tuple("duurzaamheid", 50));
        assertThat(changed.criteria().getFirst().id()).isEqualTo(tender.criteria().getFirst().id());
        RankedQuote only = changed.ranking().getFirst();
        assertThat(only.complete()).isFalse();
        assertThat(only.result()).isEqualByComparingTo("4.00");
        assertKey(() -> asIct(() -> tenders.decide(changed, only.quote().id(), ICT)), "purchasing.error.quote-incomplete");

        Tender removed = asIct(() -> tenders.removeQuote(changed, only.quote().id(), ICT));
        assertThat(removed.quotes()).isEmpty();
        asIct(() -> { tenders.remove(removed, ICT); return null; });
        assertThat(asIct(tenders::tenders)).isEmpty();
    }

    @Test
    void tendersAreForGroupIctStaffOnly() {
        Tender tender = tenderWithThreeCriteria();
        assertThatThrownBy(() -> asDirectorOf(vlinder, tenders::tenders)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirectorOf(vlinder, () -> tenders.decide(tender, UUID.randomUUID(), DIRECTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> withRoles(group, List.of("GROUP_DPO"), tenders::tenders)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- purchase requests

    @Test
    void aDirectorFilesAgainstAJoinedContractAndTheGroupApprovesOrRefusesWithAReason() {
        Contract laptops = contract("Laptops", PurchaseCategory.DEVICES, today.minusYears(1), today.plusYears(1));
        asDirectorOf(vlinder, () -> contracts.join(laptops.id(), vlinder, DIRECTOR));

        PurchaseRequest filed = asDirectorOf(vlinder, () -> requests.file(vlinder, new PurchaseRequestInput(laptops.id(),
                PurchaseCategory.OTHER, " 12 laptops voor de derde graad ", 12, new BigDecimal("7200.5")), DIRECTOR));
        assertThat(filed.category()).as("the contract's category").isEqualTo(PurchaseCategory.DEVICES);
        assertThat(filed.description()).isEqualTo("12 laptops voor de derde graad");
        assertThat(filed.estimatedCost()).isEqualTo(new BigDecimal("7200.50"));
        assertThat(filed.status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(filed.requestedBy()).isEqualTo(DIRECTOR);
        PurchaseRequest other = asIct(() -> requests.file(kompas, new PurchaseRequestInput(null, PurchaseCategory.AUDIOVISUAL, "beamer", 1,
                new BigDecimal("0")), ICT));

        assertThat(asDirectorOf(vlinder, requests::requests)).containsExactly(filed);
        assertThat(asDirectorOf(kompas, requests::requests)).containsExactly(other);
        assertThat(asIct(requests::requests)).containsExactlyInAnyOrder(filed, other);

        assertThatThrownBy(() -> asDirectorOf(vlinder, () -> requests.approve(filed, DIRECTOR))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDirectorOf(vlinder, () -> requests.refuse(filed, "nee", DIRECTOR))).isInstanceOf(AccessDeniedException.class);

        PurchaseRequest approved = asIct(() -> requests.approve(filed, ICT));
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(ICT);
        assertThat(approved.decidedAt()).isNotNull();
        assertThat(approved.version()).isEqualTo(1);
        assertThatThrownBy(() -> asIct(() -> requests.refuse(filed, "te duur", ICT))).as("decided meanwhile, on an old version")
                .isInstanceOf(PlanChangedException.class);
        assertKey(() -> asIct(() -> requests.approve(approved, ICT)), "purchasing.error.already-decided");

        assertKey(() -> asIct(() -> requests.refuse(other, "  ", ICT)), "purchasing.error.refusal-reason");
        PurchaseRequest refused = asIct(() -> requests.refuse(other, " Neem de beamer uit het raamcontract audiovisueel. ", ICT));
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo("Neem de beamer uit het raamcontract audiovisueel.");

        assertThat(asDirectorOf(vlinder, requests::requests)).extracting(PurchaseRequest::status).containsExactly(RequestStatus.APPROVED);
        assertThat(asDirectorOf(vlinder, () -> history.schoolHistory(vlinder))).filteredOn(e -> e.entity().equals("purchase_request"))
                .extracting(AuditEntry::action, AuditEntry::actor).containsExactlyInAnyOrder(tuple(AuditAction.CREATED, DIRECTOR),
                        tuple(AuditAction.CHANGED, ICT));
        assertThat(asIct(() -> history.schoolHistory(kompas))).filteredOn(e -> e.entity().equals("purchase_request"))
                .filteredOn(e -> e.action() == AuditAction.CHANGED).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("REFUSED", "raamcontract audiovisueel"));
    }

    @Test
    void aRequestIsRefusedWithAMessageKeyForEachProblem() {
        Contract laptops = contract("Laptops", PurchaseCategory.DEVICES, today.minusYears(1), today.plusYears(1));
        Contract later = contract("Later", PurchaseCategory.NETWORK, today.plusDays(10), today.plusYears(1));
        asIct(() -> contracts.join(later.id(), vlinder, ICT));
        assertKey(() -> file(vlinder, new PurchaseRequestInput(laptops.id(), null, "x", 1, BigDecimal.ONE)), "purchasing.error.contract-not-joined");
        assertKey(() -> file(vlinder, new PurchaseRequestInput(later.id(), null, "x", 1, BigDecimal.ONE)), "purchasing.error.contract-not-active");
        assertKey(() -> file(vlinder, new PurchaseRequestInput(UUID.randomUUID(), null, "x", 1, BigDecimal.ONE)), "purchasing.error.contract-unknown");
        assertKey(() -> file(vlinder, new PurchaseRequestInput(null, null, "x", 1, BigDecimal.ONE)), "purchasing.error.category");
        assertKey(() -> file(vlinder, new PurchaseRequestInput(null, PurchaseCategory.OTHER, " ", 1, BigDecimal.ONE)), "purchasing.error.description");
        assertKey(() -> file(vlinder, new PurchaseRequestInput(null, PurchaseCategory.OTHER, "x", 0, BigDecimal.ONE)), "purchasing.error.quantity");
        assertKey(() -> file(vlinder, new PurchaseRequestInput(null, PurchaseCategory.OTHER, "x", null, BigDecimal.ONE)), "purchasing.error.quantity");
        assertKey(() -> file(vlinder, new PurchaseRequestInput(null, PurchaseCategory.OTHER, "x", 1, new BigDecimal("-0.01"))), "purchasing.error.cost");
        assertKey(() -> file(vlinder, new PurchaseRequestInput(null, PurchaseCategory.OTHER, "x", 1, new BigDecimal("1.005"))), "purchasing.error.cost");
        assertKey(() -> file(vlinder, new PurchaseRequestInput(null, PurchaseCategory.OTHER, "x", 1, null)), "purchasing.error.cost");
        assertThatThrownBy(() -> file(kompas, new PurchaseRequestInput(null, PurchaseCategory.OTHER, "x", 1, BigDecimal.ONE)))
                .as("another school of the group").isInstanceOf(AccessDeniedException.class);
        assertThat(asIct(requests::requests)).isEmpty();
    }

    private PurchaseRequest file(UUID school, PurchaseRequestInput input) {
        return asDirectorOf(vlinder, () -> requests.file(school, input, DIRECTOR));
    }

    // ---- warnings

    @Test
    void theWarningsShowEndingAndEndedContractsAndBuyingOutsideAContract() {
        Contract laptops = contract("Laptops", PurchaseCategory.DEVICES, today.minusYears(1), today.plusDays(60));
        Contract ended = contract("Printers oud", PurchaseCategory.PRINTING_COPIERS, today.minusYears(3), today.minusDays(10));
        contract("Netwerk", PurchaseCategory.NETWORK, today.minusYears(1), today.plusYears(2));
        asIct(() -> contracts.join(laptops.id(), vlinder, ICT));
        PurchaseRequest outside = asDirectorOf(kompas, () -> requests.file(kompas, new PurchaseRequestInput(null, PurchaseCategory.DEVICES,
                "tablets bij de winkel om de hoek", 4, new BigDecimal("1600")), "directeur@kompas.example"));

        assertThat(asIct(warnings::warnings)).extracting(PurchasingWarning::kind, PurchasingWarning::contractId, PurchasingWarning::requestId,
                PurchasingWarning::days).containsExactly(
                tuple(PurchasingWarning.Kind.CONTRACT_ENDED, ended.id(), null, 10L),
                tuple(PurchasingWarning.Kind.CONTRACT_ENDING, laptops.id(), null, 60L),
                tuple(PurchasingWarning.Kind.OUTSIDE_CONTRACT, laptops.id(), outside.id(), 0L));
        assertThat(asDirectorOf(vlinder, warnings::warnings)).as("the contract Vlinder joined, none of Kompas' requests")
                .extracting(PurchasingWarning::kind).containsExactly(PurchasingWarning.Kind.CONTRACT_ENDING);
        assertThat(asDirectorOf(kompas, warnings::warnings)).as("its own request outside the contract")
                .extracting(PurchasingWarning::kind, PurchasingWarning::requestId).containsExactly(tuple(PurchasingWarning.Kind.OUTSIDE_CONTRACT, outside.id()));
        assertThatThrownBy(() -> withRoles(group, List.of("GROUP_DPO"), warnings::warnings)).isInstanceOf(AccessDeniedException.class);
    }
}

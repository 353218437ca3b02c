package be.taakwijzer.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The warnings of the workspace as a pure function of today, the contracts and the requests; and enterprise numbers. */
class PurchasingWarningsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final UUID SCHOOL = UUID.randomUUID();

    private static Contract contract(String title, PurchaseCategory category, LocalDate start, LocalDate end) {
        return new Contract(UUID.randomUUID(), title, UUID.randomUUID(), "Leverancier", category, Procurement.OWN_TENDER, start, end, "",
                List.of(), Set.of(), 0);
    }

    private static PurchaseRequest request(UUID contractId, PurchaseCategory category, RequestStatus status) {
        return new PurchaseRequest(UUID.randomUUID(), SCHOOL, contractId, category, "iets", 1, BigDecimal.ONE, status,
                status == RequestStatus.REFUSED ? "nee" : null, null, "x", null, null, 0);
    }

    @Test
    void contractsEndingWithinNinetyDaysAndEndedOnesWarn() {
        Contract endsToday = contract("vandaag", PurchaseCategory.DEVICES, TODAY.minusYears(1), TODAY);
        Contract endsIn90 = contract("90", PurchaseCategory.NETWORK, TODAY.minusYears(1), TODAY.plusDays(90));
        Contract endsIn91 = contract("91", PurchaseCategory.NETWORK, TODAY.minusYears(1), TODAY.plusDays(91));
        Contract endedYesterday = contract("gisteren", PurchaseCategory.OTHER, TODAY.minusYears(2), TODAY.minusDays(1));
        Contract endedLongAgo = contract("lang geleden", PurchaseCategory.OTHER, TODAY.minusYears(4), TODAY.minusDays(366));
        List<PurchasingWarning> warnings = PurchasingWarnings.of(TODAY, List.of(endsIn91, endsIn90, endedLongAgo, endsToday, endedYesterday),
                List.of());
        assertThat(warnings).extracting(PurchasingWarning::kind, PurchasingWarning::contractId, PurchasingWarning::days).containsExactly(
                tuple(PurchasingWarning.Kind.CONTRACT_ENDED, endedYesterday.id(), 1L),
                tuple(PurchasingWarning.Kind.CONTRACT_ENDING, endsToday.id(), 0L),
                tuple(PurchasingWarning.Kind.CONTRACT_ENDING, endsIn90.id(), 90L));
    }

    @Test
    void aRequestWithoutContractInACategoryWithAnActiveContractBuysOutsideIt() {
        Contract devices = contract("toestellen", PurchaseCategory.DEVICES, TODAY.minusYears(1), TODAY.plusYears(2));
        Contract futureNetwork = contract("netwerk later", PurchaseCategory.NETWORK, TODAY.plusDays(1), TODAY.plusYears(2));
        PurchaseRequest outside = request(null, PurchaseCategory.DEVICES, RequestStatus.REQUESTED);
        PurchaseRequest approvedOutside = request(null, PurchaseCategory.DEVICES, RequestStatus.APPROVED);
        PurchaseRequest refusedOutside = request(null, PurchaseCategory.DEVICES, RequestStatus.REFUSED);
        PurchaseRequest through = request(devices.id(), PurchaseCategory.DEVICES, RequestStatus.REQUESTED);
        PurchaseRequest noContractYet = request(null, PurchaseCategory.NETWORK, RequestStatus.REQUESTED);
        PurchaseRequest nothingThere = request(null, PurchaseCategory.AUDIOVISUAL, RequestStatus.REQUESTED);

        List<PurchasingWarning> warnings = PurchasingWarnings.of(TODAY, List.of(devices, futureNetwork),
                List.of(outside, approvedOutside, refusedOutside, through, noContractYet, nothingThere));
        assertThat(warnings).extracting(PurchasingWarning::kind, PurchasingWarning::requestId, PurchasingWarning::contractId,
                PurchasingWarning::schoolId).containsExactly(
                tuple(PurchasingWarning.Kind.OUTSIDE_CONTRACT, outside.id(), devices.id(), SCHOOL),
                tuple(PurchasingWarning.Kind.OUTSIDE_CONTRACT, approvedOutside.id(), devices.id(), SCHOOL));
    }

    @Test
    void aContractRunsFromItsFirstToItsLastDay() {
        Contract c = contract("c", PurchaseCategory.DEVICES, TODAY, TODAY.plusDays(1));
        assertThat(c.activeOn(TODAY.minusDays(1))).isFalse();
        assertThat(c.activeOn(TODAY)).isTrue();
        assertThat(c.activeOn(TODAY.plusDays(1))).isTrue();
        assertThat(c.activeOn(TODAY.plusDays(2))).isFalse();
        assertThat(c.endedBefore(TODAY.plusDays(2))).isTrue();
    }

    @Test
    void enterpriseNumbersAreCheckedWithTheirModulo97() {
        assertThat(EnterpriseNumber.parse("0123.456.749")).contains("0123456749");
        assertThat(EnterpriseNumber.parse("BE 0123 456 749")).contains("0123456749");
        assertThat(EnterpriseNumber.parse("123456749")).as("the old nine digits").contains("0123456749");
        assertThat(EnterpriseNumber.parse("0123.456.748")).as("wrong check digits").isEmpty();
        assertThat(EnterpriseNumber.parse("2123.456.749")).as("starts with 2").isEmpty();
        assertThat(EnterpriseNumber.parse("abc")).isEmpty();
        assertThat(EnterpriseNumber.format("0123456749")).isEqualTo("0123.456.749");
    }

    @Test
    void onlyAbsoluteHttpAddressesAreDocumentLinks() {
        assertThat(ContractService.isWebAddress("https://intranet.noorderlicht.example/contracten/bestek.pdf")).isTrue();
        assertThat(ContractService.isWebAddress("http://example.org")).isTrue();
        assertThat(ContractService.isWebAddress("ftp://example.org/a")).isFalse();
        assertThat(ContractService.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(ContractService.isWebAddress("www.example.org")).isFalse();
        assertThat(ContractService.isWebAddress("https://exa mple.org")).isFalse();
        assertThat(ContractService.isWebAddress("https:///pad")).isFalse();
        assertThat(ContractService.isWebAddress("")).isFalse();
    }
}

package be.taakwijzer.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The quote comparison: sum of weight × score over the sum of the weights, ranked. */
class WeightedScoreTest {

    private static final Criterion PRICE = new Criterion(UUID.randomUUID(), "prijs", 40);
    private static final Criterion QUALITY = new Criterion(UUID.randomUUID(), "kwaliteit", 30);
    private static final Criterion SERVICE = new Criterion(UUID.randomUUID(), "service", 30);
    private static final List<Criterion> CRITERIA = List.of(PRICE, QUALITY, SERVICE);

    private static Quote quote(String supplier, String price, String quality, String service) {
        Map<UUID, BigDecimal> scores = new HashMap<>();
        if (price != null) {
            scores.put(PRICE.id(), new BigDecimal(price));
        }
        if (quality != null) {
            scores.put(QUALITY.id(), new BigDecimal(quality));
        }
        if (service != null) {
            scores.put(SERVICE.id(), new BigDecimal(service));
        }
        return new Quote(UUID.randomUUID(), UUID.randomUUID(), supplier, null, "", scores);
    }

    @Test
    void theResultIsTheWeightedAverageOfTheScores() {
        // (40×8 + 30×6 + 30×9) / 100 = (320 + 180 + 270) / 100 = 7.70
        assertThat(WeightedScore.of(CRITERIA, quote("A", "8", "6", "9"))).isEqualTo(new BigDecimal("7.70"));
        assertThat(WeightedScore.of(CRITERIA, quote("B", "10", "10", "10"))).isEqualByComparingTo("10.00");
        assertThat(WeightedScore.of(CRITERIA, quote("C", "0", "0", "0"))).isEqualByComparingTo("0.00");
    }

    @Test
    void weightsNeedNotAddUpToAHundred() {
        List<Criterion> criteria = List.of(new Criterion(PRICE.id(), "prijs", 2), new Criterion(QUALITY.id(), "kwaliteit", 1));
        // (2×9 + 1×3) / 3 = 7.00
        assertThat(WeightedScore.of(criteria, quote("A", "9", "3", null))).isEqualByComparingTo("7.00");
        // (2×7.5 + 1×8) / 3 = 23 / 3 = 7.666… → 7.67, half up
        assertThat(WeightedScore.of(criteria, quote("B", "7.5", "8", null))).isEqualByComparingTo("7.67");
    }

    @Test
    void aMissingScoreCountsAsZeroAndMarksTheQuoteIncomplete() {
        Quote partial = quote("Onvolledig", "10", null, "10");
        assertThat(WeightedScore.of(CRITERIA, partial)).isEqualByComparingTo("7.00");
        assertThat(WeightedScore.rank(CRITERIA, List.of(partial))).singleElement()
                .satisfies(ranked -> assertThat(ranked.complete()).isFalse());
    }

    @Test
    void quotesAreRankedBestFirstAndEqualResultsShareARank() {
        Quote best = quote("Zeta", "9", "9", "9");
        Quote tieB = quote("Beta", "5", "10", "10");     // (200 + 300 + 300) / 100 = 8.00
        Quote tieA = quote("Alfa", "8", "8", "8");       // 8.00
        Quote last = quote("Gamma", "2", "3", "4");      // (80 + 90 + 120) / 100 = 2.90
        List<RankedQuote> ranking = WeightedScore.rank(CRITERIA, List.of(last, tieB, best, tieA));
        assertThat(ranking).extracting(r -> r.quote().supplierName(), r -> r.result().toPlainString(), RankedQuote::rank)
                .containsExactly(
                        tuple("Zeta", "9.00", 1),
                        tuple("Alfa", "8.00", 2),
                        tuple("Beta", "8.00", 2),
                        tuple("Gamma", "2.90", 4));
        assertThat(ranking).allSatisfy(r -> assertThat(r.complete()).isTrue());
    }

    @Test
    void aHeavierCriterionDecides() {
        Quote cheap = quote("Goedkoop", "10", "5", "5");   // (400 + 150 + 150) / 100 = 7.00
        Quote good = quote("Degelijk", "5", "10", "10");   // (200 + 300 + 300) / 100 = 8.00
        assertThat(WeightedScore.rank(CRITERIA, List.of(cheap, good)).getFirst().quote()).isEqualTo(good);
        List<Criterion> priceFirst = List.of(new Criterion(PRICE.id(), "prijs", 80), new Criterion(QUALITY.id(), "kwaliteit", 10),
                new Criterion(SERVICE.id(), "service", 10));
        assertThat(WeightedScore.rank(priceFirst, List.of(cheap, good)).getFirst().quote()).isEqualTo(cheap);
    }

    @Test
    void noQuotesNoRankingAndNoCriteriaNoResult() {
        assertThat(WeightedScore.rank(CRITERIA, List.of())).isEmpty();
        assertThat(WeightedScore.of(List.of(), quote("A", "9", "9", "9"))).isEqualByComparingTo("0");
    }
}

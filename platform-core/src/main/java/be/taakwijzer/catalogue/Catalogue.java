package be.taakwijzer.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole task catalogue as one read-only value. */
public record Catalogue(List<Cluster> clusters, List<TaskLevel> levels, List<TaskArea> areas, List<CatalogueTask> tasks,
                        List<Competence> competences, List<CentralProvider> providers, List<TakerType> takers,
                        List<FundingSource> fundingSources) {

    public Catalogue {
        clusters = List.copyOf(clusters);
        levels = List.copyOf(levels);
        areas = List.copyOf(areas);
        tasks = List.copyOf(tasks);
        competences = List.copyOf(competences);
        providers = List.copyOf(providers);
        takers = List.copyOf(takers);
        fundingSources = List.copyOf(fundingSources);
    }

    public Optional<Cluster> cluster(String code) {
        return clusters.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<TaskLevel> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Map<String, CentralProvider> providersByCode() {
        return providers.stream().collect(Collectors.toMap(CentralProvider::code, Function.identity()));
    }

    public Map<String, TakerType> takersByCode() {
        return takers.stream().collect(Collectors.toMap(TakerType::code, Function.identity()));
    }

    /** The competences of a cluster; {@code null} gives the generic ones. */
    public List<Competence> competencesOf(String clusterCode) {
        return competences.stream()
                .filter(c -> clusterCode == null ? c.generic() : clusterCode.equals(c.clusterCode()))
                .toList();
    }
}

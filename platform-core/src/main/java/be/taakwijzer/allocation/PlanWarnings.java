package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.Competence;

/**
 * The warnings of a school plan, computed from the catalogue and the plan alone (nothing stored, so
 * they are always current). Tasks covered centrally are the group's, not the school's: they raise none.
 */
public final class PlanWarnings {

    static final String CORE_LEVEL = "KERNTAAK";

    private PlanWarnings() {
    }

    public static List<PlanWarning> of(Catalogue catalogue, SchoolPlan plan) {
        Map<String, Set<String>> competencesByCluster = catalogue.competences().stream()
                .filter(competence -> !competence.generic())
                .collect(Collectors.groupingBy(Competence::clusterCode, Collectors.mapping(Competence::code, Collectors.toSet())));
        List<CatalogueTask> tasks = catalogue.tasks();
        Map<String, CatalogueTask> tasksByCode = tasks.stream().collect(Collectors.toMap(CatalogueTask::code, task -> task));
        Map<UUID, SchoolPerson> people = plan.peopleById();
        List<PlanWarning> warnings = new ArrayList<>();

        for (CatalogueTask task : tasks) {
            if (task.levelCode().equals(CORE_LEVEL) && plan.state(task.code()) == TaskState.OPEN) {
                warnings.add(PlanWarning.forTask(WarningKind.CORE_TASK_WITHOUT_ANYONE, task.code(), null));
            }
        }
        List<Allocation> ownAllocations = plan.ownAllocations().stream()
                .filter(allocation -> tasksByCode.containsKey(allocation.taskCode()))
                .sorted(Comparator.comparing(Allocation::taskCode))
                .toList();
        for (Allocation allocation : ownAllocations) {
            CatalogueTask task = tasksByCode.get(allocation.taskCode());
            Set<String> clusterCompetences = competencesByCluster.getOrDefault(task.clusterCode(), Set.of());
            for (AllocationShare share : allocation.shares()) {
                SchoolPerson person = people.get(share.personId());
                if (person == null || person.role() == PersonRole.EXTERNE_FIRMA) {
                    continue; // a firm is hired for its expertise; its competences are not recorded
                }
                if (!clusterCompetences.isEmpty() && person.competenceCodes().stream().noneMatch(clusterCompetences::contains)) {
                    warnings.add(PlanWarning.forTask(WarningKind.MISSING_COMPETENCE, task.code(), person.id()));
                }
                if (task.needsSpecialisation() && !person.role().technical()) {
                    warnings.add(PlanWarning.forTask(WarningKind.SPECIALISATION_TO_NON_TECHNICAL_ROLE, task.code(), person.id()));
                }
            }
        }
        warnings.addAll(overHours(plan, ownAllocations));
        warnings.addAll(clustersOnOnePerson(ownAllocations, tasksByCode, catalogue));
        return List.copyOf(warnings);
    }

    /** Hours allocated per person and funding source, against what the person has of that source. */
    public static Map<UUID, Map<String, BigDecimal>> allocatedHours(List<Allocation> allocations) {
        Map<UUID, Map<String, BigDecimal>> allocated = new LinkedHashMap<>();
        for (Allocation allocation : allocations) {
            for (AllocationShare share : allocation.shares()) {
                allocated.computeIfAbsent(share.personId(), id -> new HashMap<>())
                        .merge(share.fundingCode(), share.hours(), BigDecimal::add);
            }
        }
        return allocated;
    }

    private static List<PlanWarning> overHours(SchoolPlan plan, List<Allocation> ownAllocations) {
        List<PlanWarning> warnings = new ArrayList<>();
        allocatedHours(ownAllocations).forEach((personId, byFunding) -> plan.person(personId).ifPresent(person ->
                byFunding.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                    BigDecimal available = person.availableHours(entry.getKey());
                    if (entry.getValue().compareTo(available) > 0) {
                        warnings.add(new PlanWarning(WarningKind.PERSON_OVER_HOURS, null, personId, null, entry.getKey(),
                                entry.getValue(), available));
                    }
                })));
        return warnings;
    }

    private static List<PlanWarning> clustersOnOnePerson(List<Allocation> ownAllocations, Map<String, CatalogueTask> tasksByCode,
                                                         Catalogue catalogue) {
        Map<String, Set<UUID>> peopleByCluster = new HashMap<>();
        for (Allocation allocation : ownAllocations) {
            String cluster = tasksByCode.get(allocation.taskCode()).clusterCode();
            Set<UUID> clusterPeople = peopleByCluster.computeIfAbsent(cluster, code -> new LinkedHashSet<>());
            allocation.shares().forEach(share -> clusterPeople.add(share.personId()));
        }
        List<PlanWarning> warnings = new ArrayList<>();
        catalogue.clusters().forEach(cluster -> {
            Set<UUID> clusterPeople = peopleByCluster.getOrDefault(cluster.code(), Set.of());
            if (clusterPeople.size() == 1) {
                warnings.add(new PlanWarning(WarningKind.CLUSTER_ON_ONE_PERSON, null, clusterPeople.iterator().next(),
                        cluster.code(), null, null, null));
            }
        });
        return warnings;
    }
}

package be.taakwijzer.web.allocation.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import be.taakwijzer.allocation.Allocation;
import be.taakwijzer.allocation.PlanWarning;
import be.taakwijzer.allocation.SchoolPerson;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueTask;

/** Plan data in words for the screen: task names, funding names, shares, warnings. */
final class PlanTexts {

    private final Component source;
    private final Supplier<Locale> locale;
    private final Catalogue catalogue;
    private final Map<String, CatalogueTask> tasks;

    PlanTexts(Component source, Supplier<Locale> locale, Catalogue catalogue) {
        this.source = source;
        this.locale = locale;
        this.catalogue = catalogue;
        this.tasks = catalogue.tasks().stream().collect(Collectors.toMap(CatalogueTask::code, task -> task));
    }

    private Locale locale() {
        return locale.get();
    }

    String task(String code) {
        CatalogueTask task = tasks.get(code);
        return task == null ? code : task.name().in(locale());
    }

    String funding(String code) {
        return catalogue.fundingSources().stream().filter(f -> f.code().equals(code)).findFirst()
                .map(f -> f.name().in(locale())).orElse(code == null ? "" : code);
    }

    String cluster(String code) {
        return catalogue.cluster(code).map(c -> c.name().in(locale())).orElse(code);
    }

    String provider(String code) {
        var provider = catalogue.providersByCode().get(code);
        return provider == null ? code : provider.name().in(locale());
    }

    String role(SchoolPerson person) {
        return source.getTranslation("person.role." + person.role().name());
    }

    /** "An Peeters: 20 u ICT-uren; Jan Claes: 5 u BPT-uren". */
    String shares(Allocation allocation, SchoolPlan plan) {
        return allocation.shares().stream().map(share -> plan.person(share.personId()).map(SchoolPerson::name).orElse("?")
                        + ": " + share.hours().stripTrailingZeros().toPlainString() + " " + source.getTranslation("unit.hours")
                        + " " + funding(share.fundingCode()))
                .collect(Collectors.joining("; "));
    }

    String warning(PlanWarning warning, SchoolPlan plan) {
        String person = warning.personId() == null ? "" : plan.person(warning.personId()).map(SchoolPerson::name).orElse("?");
        String role = warning.personId() == null ? "" : plan.person(warning.personId()).map(this::role).orElse("");
        return switch (warning.kind()) {
            case CORE_TASK_WITHOUT_ANYONE -> source.getTranslation("warning.CORE_TASK_WITHOUT_ANYONE", task(warning.taskCode()));
            case PERSON_OVER_HOURS -> source.getTranslation("warning.PERSON_OVER_HOURS", person,
                    warning.allocatedHours().stripTrailingZeros().toPlainString(), funding(warning.fundingCode()),
                    warning.availableHours().stripTrailingZeros().toPlainString());
            case MISSING_COMPETENCE -> source.getTranslation("warning.MISSING_COMPETENCE", person,
                    cluster(tasks.get(warning.taskCode()).clusterCode()), task(warning.taskCode()));
            case CLUSTER_ON_ONE_PERSON -> source.getTranslation("warning.CLUSTER_ON_ONE_PERSON", cluster(warning.clusterCode()), person);
            case SPECIALISATION_TO_NON_TECHNICAL_ROLE -> source.getTranslation("warning.SPECIALISATION_TO_NON_TECHNICAL_ROLE",
                    task(warning.taskCode()), person, role);
        };
    }
}

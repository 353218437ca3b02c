package be.taakwijzer.allocation.export;

import be.taakwijzer.shared.PlainNumber;
import be.taakwijzer.shared.export.Texts;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.taakwijzer.allocation.Allocation;
import be.taakwijzer.allocation.PlanWarning;
import be.taakwijzer.allocation.SchoolPerson;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueTask;

/** A plan in words, the same on the screen and in every file: task names, funding, shares, warnings. */
public final class PlanWording {

    private final Catalogue catalogue;
    private final Locale locale;
    private final Texts texts;
    private final Map<String, CatalogueTask> tasks;

    public PlanWording(Catalogue catalogue, Locale locale, Texts texts) {
        this.catalogue = catalogue;
        this.locale = locale;
        this.texts = texts;
        this.tasks = catalogue.tasks().stream().collect(Collectors.toMap(CatalogueTask::code, Function.identity()));
    }

    public String text(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    public String task(String code) {
        CatalogueTask task = tasks.get(code);
        return task == null ? code : task.name().in(locale);
    }

    public String funding(String code) {
        return catalogue.fundingSources().stream().filter(f -> f.code().equals(code)).findFirst()
                .map(f -> f.name().in(locale)).orElse(code == null ? "" : code);
    }

    public String cluster(String code) {
        return catalogue.cluster(code).map(c -> c.name().in(locale)).orElse(code);
    }

    public String level(String code) {
        return catalogue.level(code).map(l -> l.name().in(locale)).orElse(code);
    }

    public String provider(String code) {
        var provider = catalogue.providersByCode().get(code);
        return provider == null ? code : provider.name().in(locale);
    }

    public String role(SchoolPerson person) {
        return texts.text("person.role." + person.role().name());
    }

    /** The person's competences, in catalogue order. */
    public String competences(SchoolPerson person) {
        return catalogue.competences().stream().filter(c -> person.competenceCodes().contains(c.code()))
                .map(c -> c.name().in(locale)).collect(Collectors.joining(", "));
    }

    public String state(TaskState state) {
        return texts.text("state." + state.name());
    }

    /** "An Peeters: 20 u ICT-uren; Jan Claes: 5 u BPT-uren". */
    public String shares(Allocation allocation, SchoolPlan plan) {
        return allocation.shares().stream().map(share -> plan.person(share.personId()).map(SchoolPerson::name).orElse("?")
                        + ": " + PlainNumber.of(share.hours()) + " " + texts.text("unit.hours") + " " + funding(share.fundingCode()))
                .collect(Collectors.joining("; "));
    }

    public String warning(PlanWarning warning, SchoolPlan plan) {
        String person = warning.personId() == null ? "" : plan.person(warning.personId()).map(SchoolPerson::name).orElse("?");
        String role = warning.personId() == null ? "" : plan.person(warning.personId()).map(this::role).orElse("");
        return switch (warning.kind()) {
            case CORE_TASK_WITHOUT_ANYONE -> texts.text("warning.CORE_TASK_WITHOUT_ANYONE", task(warning.taskCode()));
            case PERSON_OVER_HOURS -> texts.text("warning.PERSON_OVER_HOURS", person, PlainNumber.of(warning.allocatedHours()),
                    funding(warning.fundingCode()), PlainNumber.of(warning.availableHours()));
            case MISSING_COMPETENCE -> texts.text("warning.MISSING_COMPETENCE", person,
                    cluster(tasks.get(warning.taskCode()).clusterCode()), task(warning.taskCode()));
            case CLUSTER_ON_ONE_PERSON -> texts.text("warning.CLUSTER_ON_ONE_PERSON", cluster(warning.clusterCode()), person);
            case SPECIALISATION_TO_NON_TECHNICAL_ROLE -> texts.text("warning.SPECIALISATION_TO_NON_TECHNICAL_ROLE",
                    task(warning.taskCode()), person, role);
        };
    }
}

package be.taakwijzer.allocation.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import be.taakwijzer.allocation.Allocation;
import be.taakwijzer.allocation.AllocationShare;
import be.taakwijzer.allocation.CentralTask;
import be.taakwijzer.allocation.SchoolPerson;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.TaskState;
import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.CatalogueTask;

/**
 * One line of a school's plan as a spreadsheet wants it: one per share of a task (so that a director
 * can filter by person or funding), one for a central or open task. {@code hours} is null when none apply.
 */
public record PlanRow(CatalogueTask task, TaskState state, String who, String role, BigDecimal hours, String funding, String note) {

    /** Every task of the catalogue, in its order, with the plan's state and people. */
    public static List<PlanRow> of(SchoolPlan plan, Catalogue catalogue, PlanWording wording) {
        List<PlanRow> rows = new ArrayList<>();
        for (CatalogueTask task : catalogue.tasks()) {
            TaskState state = plan.state(task.code());
            if (state == TaskState.CENTRAL) {
                rows.add(new PlanRow(task, state, wording.provider(plan.coveringProvider(task.code()).orElseThrow()), "", null, "",
                        plan.centralTask(task.code()).map(CentralTask::note).orElse("")));
            } else if (state == TaskState.ALLOCATED) {
                Allocation allocation = plan.allocation(task.code()).orElseThrow();
                for (AllocationShare share : allocation.shares()) {
                    SchoolPerson person = plan.person(share.personId()).orElseThrow();
                    rows.add(new PlanRow(task, state, person.name(), wording.role(person), share.hours(),
                            wording.funding(share.fundingCode()), allocation.note()));
                }
            } else {
                rows.add(new PlanRow(task, state, "", "", null, "", plan.allocation(task.code()).map(Allocation::note).orElse("")));
            }
        }
        return rows;
    }
}

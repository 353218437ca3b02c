package be.taakwijzer.catalogue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.taakwijzer.shared.LocalizedText;

/** What changed in the task catalogue from one version to a later one: tasks added, reworded and retired. */
public record CatalogueChanges(int from, int to, List<CatalogueTask> added, List<Rewording> reworded, List<CatalogueTask> retired) {

    /** A task whose wording changed, with the wording before and after. */
    public record Rewording(CatalogueTask task, LocalizedText before) {
    }

    public CatalogueChanges {
        added = List.copyOf(added);
        reworded = List.copyOf(reworded);
        retired = List.copyOf(retired);
    }

    /** Compares the tasks of two versions by their codes, which never change. */
    static CatalogueChanges between(int from, List<CatalogueTask> before, int to, List<CatalogueTask> after) {
        Map<String, CatalogueTask> old = before.stream().collect(Collectors.toMap(CatalogueTask::code, Function.identity()));
        Map<String, CatalogueTask> now = after.stream().collect(Collectors.toMap(CatalogueTask::code, Function.identity()));
        return new CatalogueChanges(from, to,
                after.stream().filter(task -> !old.containsKey(task.code())).toList(),
                after.stream().filter(task -> old.containsKey(task.code()) && !old.get(task.code()).name().equals(task.name()))
                        .map(task -> new Rewording(task, old.get(task.code()).name())).toList(),
                before.stream().filter(task -> !now.containsKey(task.code())).toList());
    }

    public boolean none() {
        return added.isEmpty() && reworded.isEmpty() && retired.isEmpty();
    }
}

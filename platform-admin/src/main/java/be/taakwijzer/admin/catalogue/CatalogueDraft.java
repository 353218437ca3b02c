package be.taakwijzer.admin.catalogue;

import java.util.List;

/** The version being prepared, based on the newest published one; it exists once its first change is saved. */
public record CatalogueDraft(DraftStamp stamp, int basedOn, boolean saved, List<DraftTask> tasks) {

    public CatalogueDraft {
        tasks = List.copyOf(tasks);
    }

    public long changes() {
        return tasks.stream().filter(task -> task.change() != DraftTask.Change.NONE).count();
    }
}

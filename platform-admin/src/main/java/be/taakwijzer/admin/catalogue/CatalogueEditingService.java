package be.taakwijzer.admin.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.admin.catalogue.CatalogueDraftRepository.VersionTask;
import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.catalogue.WorkspaceTasks;
import be.taakwijzer.db.tables.records.CatalogueTaskRecord;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.shared.LocalizedText;

/**
 * The operator's edits of the task catalogue: tasks are added, reworded and retired in one draft version,
 * which is published as a whole. Published versions never change, so every school year and allocation
 * keeps reading its tasks as they were. Each edit is logged with the operator and the wording before and after.
 */
@Service
public class CatalogueEditingService {

    private static final int MAX_NAME = 500;
    private static final int MAX_NOTE = 2000;
    private static final Map<String, String> CLUSTER_PREFIX = Map.of(
            "TECHNISCH", "TECH", "PEDAGOGISCH", "PED", "BELEID", "BEL", "ADMINISTRATIEF", "ADM");
    private static final Map<String, String> LEVEL_PART = Map.of("CENTRAAL", "CENTRAL", "KERNTAAK", "CORE", "ANDEREN", "OTHER");
    private static final Pattern NUMBERED = Pattern.compile(".*_(\\d+)$");

    private final CatalogueDraftRepository repository;

    CatalogueEditingService(CatalogueDraftRepository repository) {
        this.repository = repository;
    }

    /** The draft against the newest published version; an unsaved empty draft when nobody started one. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public CatalogueDraft draft() {
        int base = repository.latestPublished();
        Optional<DraftStamp> saved = repository.draft();
        DraftStamp stamp = saved.orElse(new DraftStamp(base + 1, 0));
        List<VersionTask> published = repository.tasks(base);
        Map<String, VersionTask> before = published.stream().collect(Collectors.toMap(VersionTask::code, Function.identity()));
        List<VersionTask> after = saved.isPresent() ? repository.tasks(stamp.number()) : published;
        Map<String, VersionTask> afterByCode = after.stream().collect(Collectors.toMap(VersionTask::code, Function.identity()));
        // in catalogue order: the draft's tasks, and the retired ones where they were
        List<DraftTask> tasks = Stream.concat(after.stream(), published.stream().filter(task -> !afterByCode.containsKey(task.code())))
                .sorted(Comparator.comparingInt(VersionTask::sortOrder))
                .map(task -> {
                    VersionTask old = before.get(task.code());
                    if (!afterByCode.containsKey(task.code())) {
                        return draftTask(task, DraftTask.Change.RETIRED, null);
                    }
                    if (old == null) {
                        return draftTask(task, DraftTask.Change.ADDED, null);
                    }
                    return old.name().equals(task.name()) ? draftTask(task, DraftTask.Change.NONE, null)
                            : draftTask(task, DraftTask.Change.REWORDED, old.name());
                })
                .toList();
        return new CatalogueDraft(stamp, base, saved.isPresent(), tasks);
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public String add(DraftStamp seen, NewTask task, String actor) {
        if (task.clusterCode() == null || !repository.clusterExists(task.clusterCode())) {
            throw new InvalidInputException("catalogue.error.cluster");
        }
        if (task.levelCode() == null || !repository.levelExists(task.levelCode())) {
            throw new InvalidInputException("catalogue.error.level");
        }
        String area = task.areaCode() == null || task.areaCode().isBlank() ? null : task.areaCode();
        if (area != null && !repository.areaOfCluster(area, task.clusterCode())) {
            throw new InvalidInputException("catalogue.error.area");
        }
        LocalizedText name = validName(task.nameNl(), task.nameEn());
        int draft = claim(seen, actor);
        requireUniqueName(repository.tasks(draft), name, null);
        String code = nextCode(task.clusterCode(), task.levelCode());
        repository.insertTask(code, new NewTask(task.clusterCode(), task.levelCode(), area, name.nl(), name.en(), task.needsSpecialisation()),
                draft);
        repository.log(draft, code, "ADDED", null, name, actor);
        return code;
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public void reword(DraftStamp seen, String code, String nameNl, String nameEn, String actor) {
        LocalizedText name = validName(nameNl, nameEn);
        int draft = claim(seen, actor);
        List<VersionTask> tasks = repository.tasks(draft);
        VersionTask current = liveTask(tasks, code);
        if (current.name().equals(name)) {
            throw new InvalidInputException("catalogue.error.same-name");
        }
        requireUniqueName(tasks, name, code);
        if (introducedIn(code) == draft) {
            repository.renameTask(code, name); // not published yet: its first wording is still open
        } else {
            repository.reword(code, draft, name);
        }
        repository.log(draft, code, "REWORDED", current.name(), name, actor);
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public void retire(DraftStamp seen, String code, String actor) {
        int draft = claim(seen, actor);
        VersionTask current = liveTask(repository.tasks(draft), code);
        if (WorkspaceTasks.CODES.contains(code)) {
            throw new InvalidInputException("catalogue.error.workspace", code);
        }
        if (introducedIn(code) == draft) {
            repository.deleteTask(code); // added in this draft: nobody has seen it, so it simply goes
        } else {
            repository.dropWording(code, draft);
            repository.retire(code, draft);
        }
        repository.log(draft, code, "RETIRED", current.name(), null, actor);
    }

    /** Takes back every edit of the draft to one task: it reads again as in the newest published version. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public void undo(DraftStamp seen, String code, String actor) {
        int draft = claim(seen, actor);
        CatalogueTaskRecord task = repository.task(code).orElseThrow(() -> new InvalidInputException("catalogue.error.task", code));
        if (task.getIntroducedIn() == draft) {
            repository.deleteTask(code);
        } else {
            if (task.getRetiredIn() != null && task.getRetiredIn() == draft) {
                repository.retire(code, null);
            }
            repository.dropWording(code, draft);
        }
        repository.log(draft, code, "UNDONE", null, null, actor);
    }

    /** Publishes the draft with a note for the school groups; from then on new school years use it. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public int publish(DraftStamp seen, String noteNl, String noteEn, String actor) {
        String nl = noteNl == null ? "" : noteNl.strip();
        String en = noteEn == null ? "" : noteEn.strip();
        if (nl.isEmpty() || en.isEmpty()) {
            throw new InvalidInputException("catalogue.error.note");
        }
        if (nl.length() > MAX_NOTE || en.length() > MAX_NOTE) {
            throw new InvalidInputException("catalogue.error.note-length", MAX_NOTE);
        }
        if (repository.draft().filter(seen::equals).isEmpty()) {
            throw new InvalidInputException("catalogue.error.changed");
        }
        if (draft().changes() == 0) {
            throw new InvalidInputException("catalogue.error.nothing");
        }
        if (!repository.publish(seen, new LocalizedText(nl, en), actor)) {
            throw new InvalidInputException("catalogue.error.changed");
        }
        return seen.number();
    }

    /** Every edit of every version, newest first. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public List<CatalogueChangeEntry> changes() {
        return repository.changes();
    }

    /** Claims the draft at the stamp the operator saw, starting it if this is its first change; returns its number. */
    private int claim(DraftStamp seen, String actor) {
        Optional<DraftStamp> saved = repository.draft();
        if (saved.isEmpty() && seen.lockVersion() == 0 && seen.number() == repository.latestPublished() + 1) {
            try {
                repository.createDraft(seen.number(), actor);
            } catch (DuplicateKeyException raced) {
                throw new InvalidInputException("catalogue.error.changed");
            }
        }
        if (!repository.claim(seen)) {
            throw new InvalidInputException("catalogue.error.changed");
        }
        return seen.number();
    }

    private static VersionTask liveTask(List<VersionTask> tasks, String code) {
        return tasks.stream().filter(task -> task.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("catalogue.error.task", code));
    }

    private int introducedIn(String code) {
        return repository.task(code).map(CatalogueTaskRecord::getIntroducedIn).orElseThrow();
    }

    private static void requireUniqueName(List<VersionTask> tasks, LocalizedText name, String except) {
        boolean taken = tasks.stream()
                .anyMatch(task -> !task.code().equals(except) && task.name().nl().equalsIgnoreCase(name.nl()));
        if (taken) {
            throw new InvalidInputException("catalogue.error.duplicate-name");
        }
    }

    private String nextCode(String cluster, String level) {
        String prefix = CLUSTER_PREFIX.getOrDefault(cluster, cluster) + "_" + LEVEL_PART.getOrDefault(level, level) + "_";
        int highest = repository.codesStartingWith(prefix).stream()
                .map(NUMBERED::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        return prefix + String.format("%02d", highest + 1);
    }

    private static LocalizedText validName(String nameNl, String nameEn) {
        String nl = nameNl == null ? "" : nameNl.strip();
        String en = nameEn == null ? "" : nameEn.strip();
        if (nl.isEmpty() || en.isEmpty()) {
            throw new InvalidInputException("catalogue.error.name");
        }
        if (nl.length() > MAX_NAME || en.length() > MAX_NAME) {
            throw new InvalidInputException("catalogue.error.name-length", MAX_NAME);
        }
        return new LocalizedText(nl, en);
    }

    private static DraftTask draftTask(VersionTask task, DraftTask.Change change, LocalizedText before) {
        return new DraftTask(task.code(), task.clusterCode(), task.levelCode(), task.name(),
                change, change == DraftTask.Change.REWORDED ? before : null, WorkspaceTasks.CODES.contains(task.code()));
    }
}

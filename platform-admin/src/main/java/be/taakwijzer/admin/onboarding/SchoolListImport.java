package be.taakwijzer.admin.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.audit.AuditAction;
import be.taakwijzer.audit.AuditTrail;

/**
 * Imports the official school list: a preview of what would happen per line, then a commit that
 * applies the new and changed schools all at once, or nothing. Re-running an imported list changes
 * nothing. Operators only; they reach every group's schools through the operator role (ADR 0010).
 */
@Service
@PreAuthorize(OperatorRoles.OPERATOR)
public class SchoolListImport {

    static final String ENTITY = "school";

    private final SchoolListRepository repository;
    private final AuditTrail audit;

    SchoolListImport(SchoolListRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SchoolListPreview preview(SchoolListFile file, ImportProgress progress) {
        SchoolListComparison comparison = comparisonFor(file);
        return new SchoolListPreview(file, comparison.compare(file, progress), comparison.fingerprint());
    }

    /**
     * Applies the preview's new and changed schools in one transaction, each audited in its group's
     * trail with the operator as actor. Refused, without writing, when the preview has invalid lines or
     * when the schools or groups it touches changed since the preview.
     */
    @Transactional
    public ImportResult commit(SchoolListPreview preview, String actor) {
        if (!preview.canCommit()) {
            throw new SchoolListImportRefusedException(ImportMessage.of("import.commit.invalidLines", preview.count(ImportStatus.INVALID)));
        }
        repository.lockImports();
        SchoolListComparison comparison = comparisonFor(preview.file());
        if (!comparison.fingerprint().equals(preview.fingerprint())) {
            throw changedSincePreview();
        }
        List<PreviewLine> lines = comparison.compare(preview.file(), ImportProgress.NONE);
        int created = 0;
        int changed = 0;
        for (PreviewLine line : lines) {
            if (line.status() == ImportStatus.NEW) {
                UUID id = repository.insert(line.tenantId(), line.school());
                audit.recordForSchool(line.tenantId(), id, actor, ENTITY, id, AuditAction.CREATED, null, values(line.school()));
                created++;
            } else if (line.status() == ImportStatus.CHANGED) {
                StoredSchool before = comparison.stored(line.school().instellingsnummer());
                if (!repository.update(before, line.school())) {
                    throw changedSincePreview();
                }
                audit.recordForSchool(line.tenantId(), before.id(), actor, ENTITY, before.id(), AuditAction.CHANGED,
                        side(line, true), side(line, false));
                changed++;
            }
        }
        return new ImportResult(created, changed, preview.count(ImportStatus.UNCHANGED), preview.count(ImportStatus.SKIPPED));
    }

    private SchoolListComparison comparisonFor(SchoolListFile file) {
        Set<String> boards = file.lines().stream().filter(SchoolListLine::isValid)
                .map(line -> line.school().board().value()).collect(Collectors.toSet());
        return new SchoolListComparison(repository.groupsByNumber(boards), repository.schoolsByNumber(numbers(file)));
    }

    private static Set<String> numbers(SchoolListFile file) {
        return file.lines().stream().filter(SchoolListLine::isValid)
                .map(line -> line.school().instellingsnummer().value()).collect(Collectors.toSet());
    }

    private static SchoolListImportRefusedException changedSincePreview() {
        return new SchoolListImportRefusedException(ImportMessage.of("import.commit.changedSincePreview"));
    }

    private static Map<String, Object> values(ListedSchool school) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("instellingsnummer", school.instellingsnummer().value());
        values.put("name", school.name());
        values.put("street", school.street());
        values.put("postal_code", school.postalCode());
        values.put("municipality", school.municipality());
        values.put("education_level", school.educationLevel().name());
        values.put("pupil_count", school.pupilCount());
        values.put("network", ListedSchool.over(school.network(), null));
        values.put("listed_umbrella", ListedSchool.over(school.umbrella(), null));
        values.put("school_community", ListedSchool.over(school.schoolCommunity(), null));
        values.put("recognition_status", ListedSchool.over(school.recognitionStatus(), null));
        values.put("source", "official school list");
        return values;
    }

    private static Map<String, Object> side(PreviewLine line, boolean before) {
        Map<String, Object> values = new LinkedHashMap<>();
        line.changes().forEach(change -> values.put(change.field(), before ? change.before() : change.after()));
        return values;
    }
}

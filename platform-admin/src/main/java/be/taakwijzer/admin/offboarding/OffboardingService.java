package be.taakwijzer.admin.offboarding;

import static be.taakwijzer.db.Tables.SCHOOL_GROUP;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.db.tables.records.SchoolGroupRecord;
import be.taakwijzer.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Off-boards a school group: first its data is exported (every tenant table, as JSON), then, on the
 * operator's confirmation with the group's name and the export's fingerprint, deleted in one transaction.
 * The fingerprint must still match the data: what was handed over is exactly what is deleted. What is
 * left is a record of who, when and how many rows per table (the group's own audit trail goes with it).
 */
@Service
public class OffboardingService {

    private static final Logger LOG = LoggerFactory.getLogger(OffboardingService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OffboardingRepository repository;
    private final DSLContext dsl;

    OffboardingService(OffboardingRepository repository, DSLContext dsl) {
        this.repository = repository;
        this.dsl = dsl;
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public GroupExport export(UUID tenantId) {
        var group = group(tenantId);
        byte[] json = json(repository.export(tenantId, repository.deletionPlan().tables()));
        return new GroupExport("export-" + (group.getInstellingsnummer() == null ? tenantId : group.getInstellingsnummer()) + ".json", json,
                sha256(json));
    }

    /** Deletes the group's data if {@code confirmedName} is its name and {@code exportSha256} still describes it. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional
    public Map<String, Integer> offboard(UUID tenantId, String confirmedName, String exportSha256, String actor) {
        var group = group(tenantId);
        if (confirmedName == null || !confirmedName.strip().equals(group.getName())) {
            throw new InvalidInputException("offboarding.error.name", group.getName());
        }
        OffboardingRepository.DeletionPlan plan = repository.deletionPlan();
        if (!sha256(json(repository.export(tenantId, plan.tables()))).equals(exportSha256)) {
            throw new InvalidInputException("offboarding.error.changed");
        }
        Map<String, Integer> deleted = repository.delete(tenantId, plan);
        repository.record(tenantId, group.getName(), group.getInstellingsnummer(), actor, JSONB.jsonb(JSON.writeValueAsString(deleted)),
                exportSha256);
        LOG.info("School group {} ({}) off-boarded by {}: {}", group.getName(), tenantId, actor, deleted);
        return deleted;
    }

    private SchoolGroupRecord group(UUID tenantId) {
        var group = dsl.selectFrom(SCHOOL_GROUP).where(SCHOOL_GROUP.TENANT_ID.eq(tenantId)).fetchOne();
        if (group == null) {
            throw new InvalidInputException("offboarding.error.unknown");
        }
        return group;
    }

    private static byte[] json(Map<String, String> rowsPerTable) {
        StringBuilder document = new StringBuilder("{");
        rowsPerTable.forEach((table, rows) -> document.append(document.length() > 1 ? ",\n" : "\n")
                .append(JSON.writeValueAsString(table)).append(": ").append(rows));
        return document.append("\n}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package be.taakwijzer.admin.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.shared.export.CsvFile;
import be.taakwijzer.shared.export.Texts;

/** Who did what in which school group: the platform-wide audit log, searched and exported by operators. */
@Service
public class PlatformAuditService {

    /** A page shows the newest changes that match; a narrower search shows older ones. */
    public static final int PAGE = 500;
    /** An export holds at most this many changes, newest first. */
    public static final int EXPORT_LIMIT = 100_000;

    private final PlatformAuditRepository repository;

    PlatformAuditService(PlatformAuditRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public List<PlatformAuditEntry> search(PlatformAuditQuery query) {
        return repository.search(query, PAGE);
    }

    /** The matching changes as csv (UTF-8 with BOM, ';'), with the values before and after as JSON text. */
    @PreAuthorize(OperatorRoles.OPERATOR)
    @Transactional(readOnly = true)
    public byte[] csv(PlatformAuditQuery query, Texts texts, boolean decimalComma) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlatformAuditEntry entry : repository.search(query, EXPORT_LIMIT)) {
            rows.add(List.of(entry.occurredAt().toString(), entry.groupName(), entry.actor(), entry.entity(), entry.entityId().toString(),
                    entry.action(), entry.before(), entry.after()));
        }
        return CsvFile.of(List.of(texts.text("audit.column.when"), texts.text("audit.column.group"), texts.text("audit.column.actor"),
                texts.text("audit.column.entity"), texts.text("audit.column.entity-id"), texts.text("audit.column.action"),
                texts.text("audit.column.before"), texts.text("audit.column.after")), rows, decimalComma);
    }
}

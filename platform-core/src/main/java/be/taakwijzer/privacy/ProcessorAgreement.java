package be.taakwijzer.privacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A processor agreement (verwerkersovereenkomst) with a supplier, for an application; {@code state} is
 * today's. {@code supplierId} is the purchasing workspace's supplier, when the agreement names one.
 */
public record ProcessorAgreement(UUID id, String processorName, String supplierName, String application, AgreementStatus status,
                                 LocalDate signedOn, LocalDate expiresOn, String documentUrl, String note, AgreementState state,
                                 int version, UUID supplierId) {
}

package be.taakwijzer.privacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A processor agreement as the DPO enters it. {@code supplierId} links it to a supplier of the
 * purchasing workspace (then {@code supplierName} is that supplier's name); without one,
 * {@code supplierName} is free text.
 */
public record ProcessorAgreementInput(String processorName, String supplierName, String application, AgreementStatus status,
                                      LocalDate signedOn, LocalDate expiresOn, String documentUrl, String note, UUID supplierId) {

    /** An agreement without a supplier of the purchasing workspace. */
    public ProcessorAgreementInput(String processorName, String supplierName, String application, AgreementStatus status,
                                   LocalDate signedOn, LocalDate expiresOn, String documentUrl, String note) {
        this(processorName, supplierName, application, status, signedOn, expiresOn, documentUrl, note, null);
    }
}

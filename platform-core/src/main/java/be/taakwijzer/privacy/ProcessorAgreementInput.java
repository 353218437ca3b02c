package be.taakwijzer.privacy;

import java.time.LocalDate;

/**
 * A processor agreement as the DPO enters it. {@code supplierName} names the purchasing workspace's
 * supplier until the two workspaces are linked.
 */
public record ProcessorAgreementInput(String processorName, String supplierName, String application, AgreementStatus status,
                                      LocalDate signedOn, LocalDate expiresOn, String documentUrl, String note) {
}

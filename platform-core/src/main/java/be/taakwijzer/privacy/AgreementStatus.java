package be.taakwijzer.privacy;

/** What the DPO records of a processor agreement: still a draft, or signed. */
public enum AgreementStatus {
    DRAFT, SIGNED
}

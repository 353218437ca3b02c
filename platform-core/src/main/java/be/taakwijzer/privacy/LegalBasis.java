package be.taakwijzer.privacy;

/** The lawful bases of GDPR art. 6(1), (a) to (f). */
public enum LegalBasis {
    TOESTEMMING, OVEREENKOMST, WETTELIJKE_VERPLICHTING, VITAAL_BELANG, ALGEMEEN_BELANG, GERECHTVAARDIGD_BELANG
}

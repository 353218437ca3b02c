package be.taakwijzer.admin.onboarding;

/** The commit did not write anything: the preview has invalid lines, or the database changed since the preview. */
public class SchoolListImportRefusedException extends RuntimeException {

    private final transient ImportMessage reason;

    public SchoolListImportRefusedException(ImportMessage reason) {
        super(reason.key());
        this.reason = reason;
    }

    public ImportMessage reason() {
        return reason;
    }
}

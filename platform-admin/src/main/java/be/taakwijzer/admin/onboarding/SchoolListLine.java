package be.taakwijzer.admin.onboarding;

import java.util.ArrayList;
import java.util.List;

/**
 * One data line of the file: the school it lists when valid, else the problems found; or the reason it
 * is skipped (a school that is not recognised). The number and name are as given, for the preview.
 */
public record SchoolListLine(int lineNumber, String instellingsnummer, String name, ListedSchool school,
                             List<ImportMessage> problems, ImportMessage skipReason) {

    public SchoolListLine {
        problems = List.copyOf(problems);
    }

    static SchoolListLine valid(int lineNumber, ListedSchool school) {
        return new SchoolListLine(lineNumber, school.instellingsnummer().value(), school.name(), school, List.of(), null);
    }

    static SchoolListLine invalid(int lineNumber, String instellingsnummer, String name, List<ImportMessage> problems) {
        return new SchoolListLine(lineNumber, instellingsnummer, name, null, problems, null);
    }

    static SchoolListLine skipped(int lineNumber, String instellingsnummer, String name, ImportMessage reason) {
        return new SchoolListLine(lineNumber, instellingsnummer, name, null, List.of(), reason);
    }

    public boolean isValid() {
        return school != null && problems.isEmpty();
    }

    public boolean isSkipped() {
        return skipReason != null;
    }

    SchoolListLine withProblem(ImportMessage problem) {
        List<ImportMessage> more = new ArrayList<>(problems);
        more.add(problem);
        return new SchoolListLine(lineNumber, instellingsnummer, name, null, more, null);
    }
}

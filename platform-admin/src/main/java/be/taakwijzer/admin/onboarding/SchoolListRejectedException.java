package be.taakwijzer.admin.onboarding;

import java.util.List;

/** The file as a whole cannot be read as a school list (too large, empty, wrong header…): nothing is imported. */
public class SchoolListRejectedException extends RuntimeException {

    private final transient List<ImportMessage> problems;

    public SchoolListRejectedException(List<ImportMessage> problems) {
        super(problems.stream().map(ImportMessage::key).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public SchoolListRejectedException(ImportMessage problem) {
        this(List.of(problem));
    }

    public List<ImportMessage> problems() {
        return problems;
    }
}

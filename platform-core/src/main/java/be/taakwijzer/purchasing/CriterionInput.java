package be.taakwijzer.purchasing;

public record CriterionInput(String name, Integer weight) {
}

package be.taakwijzer.purchasing;

import java.util.UUID;

/** A criterion of a tender with its weight (e.g. prijs 40). */
public record Criterion(UUID id, String name, int weight) {
}

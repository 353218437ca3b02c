package be.taakwijzer.catalogue;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.shared.InvalidInputException;

/**
 * The task catalogue, the same for every school group, in published versions (version 1 is the guide).
 * A school year uses one version; pages about a year ask for that version.
 */
@Service
public class CatalogueService {

    private final CatalogueRepository repository;

    CatalogueService(CatalogueRepository repository) {
        this.repository = repository;
    }

    /** The newest published version. */
    @Transactional(readOnly = true)
    public Catalogue catalogue() {
        return read(latestVersion().number());
    }

    @Transactional(readOnly = true)
    public Catalogue catalogue(int version) {
        requirePublished(versions(), version);
        return read(version);
    }

    private Catalogue read(int version) {
        return new Catalogue(repository.clusters(), repository.levels(), repository.areas(),
                repository.tasks(version, TaskFilter.ALL), repository.competences(), repository.providers(),
                repository.takers(), repository.fundingSources());
    }

    @Transactional(readOnly = true)
    public List<CatalogueTask> findTasks(int version, TaskFilter filter) {
        requirePublished(versions(), version);
        return repository.tasks(version, filter);
    }

    /** The published versions, oldest first. */
    @Transactional(readOnly = true)
    public List<CatalogueVersion> versions() {
        return repository.publishedVersions();
    }

    @Transactional(readOnly = true)
    public CatalogueVersion latestVersion() {
        return versions().getLast();
    }

    /** What changed from one published version to another. */
    @Transactional(readOnly = true)
    public CatalogueChanges changes(int from, int to) {
        List<CatalogueVersion> published = versions();
        requirePublished(published, from);
        requirePublished(published, to);
        return CatalogueChanges.between(from, repository.tasks(from, TaskFilter.ALL), to, repository.tasks(to, TaskFilter.ALL));
    }

    private static void requirePublished(List<CatalogueVersion> published, int version) {
        if (published.stream().noneMatch(v -> v.number() == version)) {
            throw new InvalidInputException("catalogue.error.version", version);
        }
    }
}

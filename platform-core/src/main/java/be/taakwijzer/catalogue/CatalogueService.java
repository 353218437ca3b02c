package be.taakwijzer.catalogue;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The task catalogue of the guide, the same for every school group. */
@Service
public class CatalogueService {

    private final CatalogueRepository repository;

    CatalogueService(CatalogueRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Catalogue catalogue() {
        return new Catalogue(repository.clusters(), repository.levels(), repository.areas(),
                repository.tasks(TaskFilter.ALL), repository.competences(), repository.providers(),
                repository.takers(), repository.fundingSources());
    }

    @Transactional(readOnly = true)
    public List<CatalogueTask> findTasks(TaskFilter filter) {
        return repository.tasks(filter);
    }
}

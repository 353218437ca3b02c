package be.taakwijzer.admin.catalogue;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import be.taakwijzer.catalogue.CatalogueRepository;
import be.taakwijzer.catalogue.CatalogueService;

/** The console reads the published catalogue through the core's own service, as the application does. */
@Configuration(proxyBeanMethods = false)
@Import({CatalogueService.class, CatalogueRepository.class})
class CatalogueConfiguration {
}

package be.taakwijzer.web.catalogue.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import be.taakwijzer.catalogue.CatalogueChanges;
import be.taakwijzer.catalogue.CatalogueService;

/**
 * Tells, when a new school year is started, which catalogue version it will use and what changed since the
 * version of the year it comes from; tasks no longer in the catalogue are not carried over.
 */
public class CatalogueVersionNote extends Paragraph {

    public CatalogueVersionNote(CatalogueService catalogues, int fromVersion) {
        setId("year-catalogue-note");
        int newest = catalogues.latestVersion().number();
        if (newest == fromVersion) {
            setText(getTranslation("catalogue.version.same", newest));
            return;
        }
        CatalogueChanges changes = catalogues.changes(fromVersion, newest);
        setText(getTranslation("catalogue.version.newer", newest, fromVersion, changes.added().size(), changes.reworded().size(),
                changes.retired().size()) + " ");
        add(new RouterLink(getTranslation("catalogue.version.see-changes"), CatalogueView.class));
    }
}

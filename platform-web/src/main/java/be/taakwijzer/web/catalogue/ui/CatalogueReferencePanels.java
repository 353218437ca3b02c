package be.taakwijzer.web.catalogue.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import be.taakwijzer.catalogue.Catalogue;
import be.taakwijzer.catalogue.Cluster;
import be.taakwijzer.catalogue.Competence;
import be.taakwijzer.catalogue.CompetenceKind;
import be.taakwijzer.shared.LocalizedText;

/** The reference tabs of the catalogue: clusters and levels, competences, funding sources, who takes tasks. */
class CatalogueReferencePanels {

    private final Catalogue catalogue;
    private final Div clusters = panel("clusters-panel");
    private final Div competences = panel("competences-panel");
    private final Div funding = panel("funding-panel");
    private final Div who = panel("who-panel");
    private Tab clustersTab;
    private Tab competencesTab;
    private Tab fundingTab;
    private Tab whoTab;

    CatalogueReferencePanels(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void addTo(TabSheet tabs) {
        clustersTab = tabs.add("", clusters);
        competencesTab = tabs.add("", competences);
        fundingTab = tabs.add("", funding);
        whoTab = tabs.add("", who);
    }

    /** Fills every panel in the language of {@code locale}, with labels from {@code owner}'s translations. */
    void show(Component owner, Locale locale) {
        clustersTab.setLabel(owner.getTranslation("catalogue.tab.clusters"));
        competencesTab.setLabel(owner.getTranslation("catalogue.tab.competences"));
        fundingTab.setLabel(owner.getTranslation("catalogue.tab.funding"));
        whoTab.setLabel(owner.getTranslation("catalogue.tab.who"));

        clusters.removeAll();
        for (Cluster cluster : catalogue.clusters()) {
            clusters.add(new H3(cluster.name().in(locale)), new Paragraph(cluster.description().in(locale)));
            Div areas = new Div();
            catalogue.areas().stream().filter(a -> a.clusterCode().equals(cluster.code()))
                    .forEach(area -> areas.add(badge(area.name().in(locale))));
            clusters.add(areas);
        }
        clusters.add(new H3(owner.getTranslation("catalogue.levels")));
        clusters.add(list(catalogue.levels().stream().map(l -> item(l.name(), l.description(), locale)).toList()));

        competences.removeAll();
        for (Cluster cluster : catalogue.clusters()) {
            List<Competence> ofCluster = catalogue.competencesOf(cluster.code());
            competences.add(new H3(cluster.name().in(locale)));
            competences.add(ofCluster.isEmpty()
                    ? new Paragraph(owner.getTranslation("catalogue.competences.none"))
                    : list(ofCluster.stream().map(c -> competence(owner, c, locale)).toList()));
        }
        competences.add(new H3(owner.getTranslation("catalogue.competences.generic")));
        competences.add(list(catalogue.competencesOf(null).stream().map(c -> competence(owner, c, locale)).toList()));

        funding.removeAll();
        funding.add(new Paragraph(owner.getTranslation("catalogue.funding.intro")));
        funding.add(list(catalogue.fundingSources().stream().map(f -> item(f.name(), f.description(), locale)).toList()));

        who.removeAll();
        who.add(new H3(owner.getTranslation("catalogue.who.central")));
        who.add(list(catalogue.providers().stream().map(p -> item(p.name(), p.description(), locale)).toList()));
        who.add(new H3(owner.getTranslation("catalogue.who.others")));
        who.add(list(catalogue.takers().stream().map(t -> new ListItem(t.name().in(locale))).toList()));
    }

    private static ListItem competence(Component owner, Competence competence, Locale locale) {
        ListItem item = new ListItem(competence.name().in(locale));
        if (competence.kind() != CompetenceKind.VEREIST) {
            item.add(new Text(" "), badge(owner.getTranslation("catalogue.competences.kind." + competence.kind().name())));
        }
        if (!competence.fromGuide()) {
            item.add(new Text(" "), badge(owner.getTranslation("catalogue.competences.added")));
        }
        return item;
    }

    private static ListItem item(LocalizedText name, LocalizedText description, Locale locale) {
        ListItem item = new ListItem();
        Span strong = new Span(name.in(locale));
        strong.getStyle().set("font-weight", "600");
        item.add(strong, new Span(" — " + description.in(locale)));
        return item;
    }

    private static UnorderedList list(List<ListItem> items) {
        return new UnorderedList(items.toArray(ListItem[]::new));
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("tw-badge");
        return badge;
    }

    private static Div panel(String id) {
        Div panel = new Div();
        panel.setId(id);
        return panel;
    }
}

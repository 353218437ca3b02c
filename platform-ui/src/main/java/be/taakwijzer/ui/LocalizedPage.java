package be.taakwijzer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page that builds its content in the person's language, and builds it again when they switch
 * language: simpler and surer than relabelling every component one by one.
 */
public abstract class LocalizedPage extends Div implements LocaleChangeObserver, HasDynamicTitle {

    protected LocalizedPage() {
        addClassName("tw-page");
    }

    /** Builds the page's content from scratch, in {@link #getLocale()}. */
    protected abstract void render();

    /** The message key of the page's title. */
    protected abstract String titleKey();

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        render();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + " | " + getTranslation("app.name");
    }
}

package be.taakwijzer.ui.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;

/** Switches the interface between Dutch and English for the whole session, without a reload. */
public class LanguageSwitcher extends Select<Locale> implements LocaleChangeObserver {

    public LanguageSwitcher() {
        setId("language-switcher");
        setItems(TaakwijzerI18NProvider.DUTCH, TaakwijzerI18NProvider.ENGLISH);
        setItemLabelGenerator(locale -> locale.getLanguage().toUpperCase(Locale.ROOT));
        setWidth("5.5em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setValue(TaakwijzerI18NProvider.supported(event.getLocale()));
        setAriaLabel(getTranslation("language.switch"));
        setTooltipText(getTranslation("language.switch"));
    }
}

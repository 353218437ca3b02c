package be.taakwijzer.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell of both applications: Lumo plus our own small stylesheet, loaded at runtime (no npm build). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/taakwijzer.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class TaakwijzerAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Taakwijzer");
    }
}

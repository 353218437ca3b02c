package be.taakwijzer.admin.identitysync.ui;

import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.admin.identitysync.IdentityProviderLinks;
import be.taakwijzer.admin.provisioning.IdentityProvisioningException;
import be.taakwijzer.shared.InvalidInputException;

/**
 * The identity providers that lead into a group's organization in Keycloak, read live: link one the realm
 * has (by its alias), unlink one. When Keycloak cannot be reached the panel says why.
 */
public class IdentityProviderPanel extends Div {

    private final IdentityProviderLinks links;
    private final UUID tenantId;
    private final String actor;

    public IdentityProviderPanel(IdentityProviderLinks links, UUID tenantId, String actor) {
        this.links = links;
        this.tenantId = tenantId;
        this.actor = actor;
        setId("identity-providers");
        render(null);
    }

    private void render(String problem) {
        removeAll();
        add(new H3(getTranslation("identityproviders.title")), new Paragraph(getTranslation("identityproviders.intro")));
        Paragraph state = new Paragraph();
        state.setId("identity-providers-state");
        add(state);
        Set<String> linked;
        try {
            linked = links.linked(tenantId);
            state.setText(linked.isEmpty() ? getTranslation("identityproviders.none") : getTranslation("identityproviders.linked"));
        } catch (IdentityProvisioningException unreachable) {
            linked = Set.of();
            state.setText(getTranslation(unreachable.failure().messageKey(), unreachable.arguments()));
            state.addClassName("tw-error");
        }
        for (String alias : linked) {
            Button unlink = new Button(getTranslation("identityproviders.unlink"), click -> act(() -> links.unlink(tenantId, alias, actor)));
            unlink.setId("identity-provider-unlink-" + alias);
            unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            Div row = new Div(new Span(alias), unlink);
            row.addClassName("tw-row-actions");
            add(row);
        }
        TextField alias = new TextField(getTranslation("identityproviders.alias"));
        alias.setId("identity-provider-alias");
        alias.setHelperText(getTranslation("identityproviders.alias-help"));
        alias.setWidth("24em");
        if (problem != null) {
            alias.setErrorMessage(problem);
            alias.setInvalid(true);
        }
        Button link = new Button(getTranslation("identityproviders.link"), click -> act(() -> links.link(tenantId, alias.getValue(), actor)));
        link.setId("identity-provider-link");
        Div form = new Div(alias, link);
        form.addClassName("tw-filters");
        add(form);
    }

    private void act(Runnable change) {
        try {
            change.run();
            render(null);
        } catch (InvalidInputException refused) {
            render(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (IdentityProvisioningException refused) {
            render(getTranslation(refused.failure().messageKey(), refused.arguments()));
        }
    }
}

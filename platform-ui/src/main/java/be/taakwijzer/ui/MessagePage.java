package be.taakwijzer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A page that only tells something (refused, not found): a title and one paragraph, in the user's language. */
public abstract class MessagePage extends Div {

    /** Shows the message; an error view may be shown again, so the previous message goes first. */
    protected void show(String titleId, String titleKey, String explanationKey) {
        removeAll();
        addClassName("tw-page");
        H2 title = new H2(getTranslation(titleKey));
        title.setId(titleId);
        add(title, new Paragraph(getTranslation(explanationKey)));
    }
}

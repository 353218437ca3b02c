package be.taakwijzer.shared.export;

/**
 * Translates a message key with its arguments into the reader's language. The application's own
 * message bundles do it (through Vaadin's i18n), so that a file says what the screen says.
 */
@FunctionalInterface
public interface Texts {

    String text(String key, Object... arguments);
}

package be.taakwijzer.shared;

import java.util.List;

/**
 * Input a service refuses, with a message key (translated by the UI, Dutch and English) and its
 * arguments. Nothing has been saved when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}

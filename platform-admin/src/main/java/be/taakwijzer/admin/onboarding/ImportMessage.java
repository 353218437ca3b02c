package be.taakwijzer.admin.onboarding;

import java.util.List;

/** A message for the operator as a key of the console's bundle and its arguments: the view translates it. */
public record ImportMessage(String key, List<Object> arguments) {

    public ImportMessage {
        arguments = List.copyOf(arguments);
    }

    public static ImportMessage of(String key, Object... arguments) {
        return new ImportMessage(key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}

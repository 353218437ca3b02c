package be.taakwijzer.sso;

/** What a person enters for a learning application. */
public record ApplicationInput(String name, String supplier, ConnectionState connectionState, String note) {
}

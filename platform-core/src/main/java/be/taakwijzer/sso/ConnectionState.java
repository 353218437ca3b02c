package be.taakwijzer.sso;

/** How far a learning application is connected to LeerID at a school. */
public enum ConnectionState {
    PLANNED, CONNECTED, NOT_SUPPORTED
}

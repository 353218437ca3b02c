package be.taakwijzer.sso;

/** The fixed items the group ICT staff work through per school, in the order they usually happen. */
public enum ChecklistItem {
    REQUEST_SUBMITTED, CONTACT_APPOINTED, PUPILS_SYNCHRONISED, TEST_LOGIN_SUCCEEDED, APPLICATIONS_CONNECTED, TEACHERS_INFORMED;

    public static final int COUNT = values().length;
}

package be.taakwijzer.admin.provisioning;

import java.security.SecureRandom;

/** One-time passwords for a first login; Keycloak makes the person replace it at once (UPDATE_PASSWORD). */
final class TemporaryPasswords {

    /** No 0/O, 1/l/I: the operator may read it out or type it over. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    /** 20 characters of 57: about 116 bits. */
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

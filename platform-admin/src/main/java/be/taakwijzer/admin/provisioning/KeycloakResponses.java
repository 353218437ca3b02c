package be.taakwijzer.admin.provisioning;

import java.util.Map;

import org.keycloak.admin.client.CreatedResponseUtil;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;

/** Reads the answers of the admin API calls that return a {@link Response} instead of throwing. */
final class KeycloakResponses {

    private KeycloakResponses() {
    }

    /** The id of what a POST created. */
    static String createdId(Response response) {
        if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
            throw rejected(response, null);
        }
        return CreatedResponseUtil.getCreatedId(response);
    }

    static void requireSuccess(Response response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            throw rejected(response, null);
        }
    }

    static IdentityProvisioningException rejected(Response response, Throwable cause) {
        String message = errorMessage(response);
        return new IdentityProvisioningException(ProvisioningFailure.REJECTED,
                "Keycloak answered HTTP " + response.getStatus() + ": " + message, cause, response.getStatus(), message);
    }

    /** Keycloak's {@code errorMessage} or {@code error} (e.g. "Domain … is already linked to another organization"), else the status's reason. */
    static String errorMessage(Response response) {
        try {
            response.bufferEntity();
            Map<String, Object> error = response.readEntity(new GenericType<Map<String, Object>>() {
            });
            Object message = error.getOrDefault("errorMessage", error.get("error"));
            if (message != null) {
                return message.toString();
            }
        } catch (ProcessingException | IllegalStateException notKeycloaksErrorFormat) {
            // an empty or non-JSON body: the status says enough
        }
        return response.getStatusInfo().getReasonPhrase();
    }
}

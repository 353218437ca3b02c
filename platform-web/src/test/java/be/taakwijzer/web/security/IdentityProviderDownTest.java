package be.taakwijzer.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application starts without its identity provider and tells people plainly why they cannot log in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.security.oauth2.client.provider.taakwijzer.issuer-uri=http://localhost:9/no-provider-here")
class IdentityProviderDownTest {

    @LocalServerPort
    int port;

    @Test
    void loggingInShowsAClearPageInDutchAndEnglish() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/taakwijzer")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Aanmelden lukt nu niet", "Logging in is not possible right now");
    }
}

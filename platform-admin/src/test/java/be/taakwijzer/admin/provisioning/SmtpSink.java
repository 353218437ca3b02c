package be.taakwijzer.admin.provisioning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The smallest SMTP server that accepts what Keycloak sends (no TLS, no authentication), so that an
 * end-to-end test can read the invitation e-mail. Keeps each message's text, for one test.
 */
public final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    public SmtpSink() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        acceptor = Thread.ofVirtual().start(this::acceptAll);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next message's raw text (headers and body, as sent), or fails after {@code timeout}. */
    public String nextMessage(Duration timeout) throws InterruptedException {
        String message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("No e-mail arrived within " + timeout);
        }
        return message;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (IOException closedOrBroken) {
                // closed by close(), or a client that hung up: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
        reply(out, "220 localhost SMTP sink");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase();
            if (command.startsWith("DATA")) {
                reply(out, "354 end with <CRLF>.<CRLF>");
                StringBuilder message = new StringBuilder();
                for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                    message.append(data).append("\r\n");
                }
                messages.add(message.toString());
                reply(out, "250 OK");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}

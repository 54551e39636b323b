package uk.councils.reviewtracker.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a port chosen once per JVM. Every application context of the
 * tests sends its mail here. Tests can stop it to see sending fail, and start it again on the same port.
 */
public final class TestMailServer {

    private static final String HOST = "127.0.0.1";
    private static final List<MimeMessage> BEFORE_RESTART = new ArrayList<>();
    private static GreenMail server;
    private static int port;

    private TestMailServer() {
    }

    public static synchronized int port() {
        if (server == null) {
            start(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        }
        return port;
    }

    public static String host() {
        return HOST;
    }

    /** Mail received so far, across restarts. */
    public static synchronized List<MimeMessage> received() {
        port();
        List<MimeMessage> all = new ArrayList<>(BEFORE_RESTART);
        all.addAll(Arrays.asList(server.getReceivedMessages()));
        return all;
    }

    /** Mail received for that address. */
    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> recipients(message).contains(address)).toList();
    }

    /** Refuses connections until {@link #restart()}, as a mail server that is down. */
    public static synchronized void stop() {
        port();
        BEFORE_RESTART.addAll(Arrays.asList(server.getReceivedMessages()));
        server.stop();
    }

    public static synchronized void restart() {
        if (!server.isRunning()) {
            start(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        }
    }

    public static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void start(ServerSetup setup) {
        server = new GreenMail(setup);
        server.start();
        port = server.getSmtp().getPort();
    }
}

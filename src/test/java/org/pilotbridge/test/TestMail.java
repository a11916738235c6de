package org.pilotbridge.test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.awaitility.Awaitility.await;

/**
 * One real SMTP server (GreenMail) per test JVM. Tests that send mail register its
 * address with {@link #register(DynamicPropertyRegistry)}, start from an empty server
 * with {@link #purge()} and wait for what they expect to arrive.
 */
public final class TestMail {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			var setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
			server = new GreenMail(setup);
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static void register(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> server().getSmtp().getPort());
	}

	public static void purge() {
		try {
			server().purgeEmailFromAllMailboxes();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Waits until a mail to the address has arrived and returns the mails to it. */
	public static List<MimeMessage> awaitMailTo(String address) {
		return await().until(() -> to(address), mails -> !mails.isEmpty());
	}

	/** Waits until a mail to the address with the subject has arrived and returns it. */
	public static MimeMessage awaitMail(String address, String subject) {
		return await()
			.until(() -> to(address).stream().filter(message -> subject(message).equals(subject)).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	public static List<MimeMessage> to(String address) {
		return Arrays.stream(server().getReceivedMessages())
			.filter(message -> GreenMailUtil.getAddressList(recipients(message)).contains(address))
			.toList();
	}

	/** The first link in the plain-text part of the mail. */
	public static String firstLink(MimeMessage message) {
		var matcher = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
		if (!matcher.find()) {
			throw new AssertionError("No link in the mail " + subject(message));
		}
		return matcher.group();
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static jakarta.mail.Address[] recipients(MimeMessage message) {
		try {
			return message.getAllRecipients();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}

package org.pilotbridge.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;

/**
 * Renders an e-mail in the recipient's language, as HTML and as plain text, from the
 * templates {@code templates/mail/message.html} and {@code message.txt}. What a kind of
 * mail says comes from the messages {@code mail.<kind>.subject}, {@code mail.<kind>.body}
 * (paragraphs separated by an empty line) and, when it has a button,
 * {@code mail.<kind>.action}.
 */
@Component
class MailComposer {

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final MessageSource messages;

	private final PublicLinks links;

	private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029\\t]+");

	MailComposer(MessageSource messages, PublicLinks links) {
		this.messages = messages;
		this.links = links;
		templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
		templates.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		return resolver;
	}

	Composed compose(MailRequest request) {
		var locale = request.language().locale();
		// A subject is one header line: a line break typed into a title must not start
		// another header.
		var subject = LINE_BREAKS
			.matcher(messages.getMessage("mail." + request.kind() + ".subject", request.subjectArguments().toArray(),
					locale))
			.replaceAll(" ")
			.strip();
		var body = messages.getMessage("mail." + request.kind() + ".body", request.bodyArguments().toArray(), locale);
		var context = new Context(locale);
		context.setVariable("subject", subject);
		context.setVariable("name", request.recipientName());
		context.setVariable("paragraphs", Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).toList());
		context.setVariable("actionLink", request.actionLink());
		context.setVariable("actionLabel", request.actionLink() == null ? null
				: messages.getMessage("mail." + request.kind() + ".action", null, locale));
		context.setVariable("siteUrl", links.base());
		return new Composed(subject, templates.process("message.txt", context),
				templates.process("message.html", context));
	}

	record Composed(String subject, String text, String html) {
	}

	/**
	 * What to say to whom.
	 *
	 * @param kind names the messages used, such as {@code account-confirmation}
	 * @param uniqueness what makes this mail different from an identical-looking earlier
	 * one (an event id), so that a replay is sent once but a genuine repeat is sent again
	 * @param attachments files sent with the mail, such as a PDF receipt
	 */
	record MailRequest(String recipient, @Nullable String recipientName, Language language, String kind,
			List<Object> subjectArguments, List<Object> bodyArguments, @Nullable String actionLink, boolean sensitive,
			String uniqueness, List<MailAttachment> attachments) {

		MailRequest {
			subjectArguments = List.copyOf(subjectArguments);
			bodyArguments = List.copyOf(bodyArguments);
			attachments = List.copyOf(attachments);
		}

		/** A mail without attachments. */
		MailRequest(String recipient, @Nullable String recipientName, Language language, String kind,
				List<Object> subjectArguments, List<Object> bodyArguments, @Nullable String actionLink,
				boolean sensitive, String uniqueness) {
			this(recipient, recipientName, language, kind, subjectArguments, bodyArguments, actionLink, sensitive,
					uniqueness, List.of());
		}

	}

	/**
	 * A file sent with a mail.
	 *
	 * @param fileName safe for a MIME header, such as a {@code SafeFileName}
	 * @param contentType such as {@code application/pdf}
	 */
	record MailAttachment(String fileName, String contentType, byte[] content) {

		MailAttachment {
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return content.clone();
		}

	}

}

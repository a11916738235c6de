package org.pilotbridge.identity;

import java.util.List;
import java.util.stream.StreamSupport;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The providers people can sign in with, the built-in one first.
 */
@Component
public class SignInOptions {

	private final ClientRegistrationRepository registrations;

	SignInOptions(ClientRegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@SuppressWarnings("unchecked")
	public List<SignInOption> all() {
		if (!(registrations instanceof Iterable<?> iterable)) {
			return List.of();
		}
		return StreamSupport.stream(((Iterable<ClientRegistration>) iterable).spliterator(), false)
			.map(registration -> new SignInOption(registration.getRegistrationId(), registration.getClientName(),
					"/oauth2/authorization/" + registration.getRegistrationId(),
					PersonSignIn.LOCAL_PROVIDER.equals(registration.getRegistrationId())))
			.toList();
	}

	/**
	 * @param builtIn whether this is the provider that comes with Pilotbridge
	 */
	public record SignInOption(String id, String name, String href, boolean builtIn) {
	}

}

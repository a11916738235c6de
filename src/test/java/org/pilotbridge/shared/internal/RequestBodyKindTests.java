package org.pilotbridge.shared.internal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kind of a request, and so the limit of its body, from the path the container serves
 * (decoded and normalised) and Vaadin's {@code v-r} parameter, however a client spells
 * them.
 */
class RequestBodyKindTests {

	@Test
	void tellsVaadinsUploadsMessagesPublicDataAndFormsApart() {
		assertThat(kind("/VAADIN/dynamic/resource/0/3f2a/upload", null)).isEqualTo(RequestBodyKind.UPLOAD);
		assertThat(kind("/", "v-r=upload&v-uiId=0")).isEqualTo(RequestBodyKind.UPLOAD);
		assertThat(kind("/", "v-r=uidl&v-uiId=0")).isEqualTo(RequestBodyKind.UI);
		assertThat(kind("/", "v-r=heartbeat&v-uiId=0")).isEqualTo(RequestBodyKind.UI);
		assertThat(kind("/api/challenges", null)).isEqualTo(RequestBodyKind.DATA);
		assertThat(kind("/sitemap.xml", null)).isEqualTo(RequestBodyKind.DATA);
		assertThat(kind("/account/register", null)).isEqualTo(RequestBodyKind.FORM);
		assertThat(kind("/oauth2/token", null)).isEqualTo(RequestBodyKind.FORM);
	}

	@Test
	void readsTheVaadinParameterHoweverItIsEncoded() {
		assertThat(kind("/", "v%2Dr=UPLOAD")).isEqualTo(RequestBodyKind.UPLOAD);
		assertThat(kind("/", "a=1&v-r=ui%64l")).isEqualTo(RequestBodyKind.UI);
		assertThat(kind("/", "v-r=uidl&v-r=upload")).as("the first value, as the container reads it")
			.isEqualTo(RequestBodyKind.UI);
		assertThat(kind("/", "v-rx=upload&%=")).isEqualTo(RequestBodyKind.FORM);
	}

	private static RequestBodyKind kind(String servletPath, String query) {
		var request = new MockHttpServletRequest("POST", servletPath);
		request.setServletPath(servletPath);
		request.setQueryString(query);
		return RequestBodyKind.of(request);
	}

}

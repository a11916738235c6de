package org.pilotbridge.shared.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.shared.UploadPermits;

/**
 * Bounds every request body on this node from one set of limits
 * ({@code pilotbridge.request-body.*}): the filter in front of everything, the upload
 * permits, and the container's own parsers, set to the same limits so that none of them
 * ever reads more than the filter allows: Tomcat's form parser ({@code maxPostSize}) to
 * the form limit, and the multipart parser to the upload limit.
 *
 * @see "Design decision: docs/decisions/DD023-20261207-request-body-bounds.md"
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestBodyProperties.class)
class RequestBodyConfiguration {

	/**
	 * After the character encoding and the observation of requests, before everything
	 * that reads a body (Spring's form filter at -9900, the public data filter, security
	 * at -100).
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	@Bean
	UploadPermits uploadPermits(RequestBodyProperties properties, MeterRegistry meters) {
		var permits = new UploadPermits(properties.concurrentUploads(), properties.waitingUploads());
		Gauge.builder("pilotbridge.uploads.permits.available", permits, UploadPermits::available)
			.description("Upload permits free on this node")
			.register(meters);
		return permits;
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestBodyProperties properties,
			UploadPermits permits, MessageSource messages, JsonMapper json, MeterRegistry meters) {
		var registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(properties, permits, messages, json, meters));
		registration.setOrder(ORDER);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** Multipart bodies parsed by the container: one upload and its envelope at most. */
	@Bean
	MultipartConfigElement multipartConfigElement(RequestBodyProperties properties) {
		return new MultipartConfigElement("", properties.upload().toBytes(), properties.limitOf(RequestBodyKind.UPLOAD),
				0);
	}

	/**
	 * Forms parsed by the container: the form limit at most, also when they come in
	 * chunks.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> formBodyLimit(RequestBodyProperties properties) {
		return factory -> factory.addConnectorCustomizers(
				connector -> connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, properties.form().toBytes())));
	}

}

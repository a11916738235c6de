package org.pilotbridge.shared.web;

import java.time.Clock;
import java.time.Duration;

import java.util.List;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the public site into Spring MVC: every handler of a {@link PublicController} gets
 * its {@link PublicPage} (argument {@code PublicPage}, model attribute {@code page}),
 * speaks the language of its address, and sends its caching headers; the pages get an
 * {@code ETag} computed from what they send, so that a browser or a shared cache asking
 * again with {@code If-None-Match} gets {@code 304 Not Modified}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicSiteProperties.class)
class PublicSiteWeb implements WebMvcConfigurer {

	private final PublicPages pages;

	PublicSiteWeb(PublicPages pages) {
		this.pages = pages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (isPublic(handler)) {
					pages.open(request);
				}
				return true;
			}

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					@Nullable ModelAndView modelAndView) {
				if (!isPublic(handler)) {
					return;
				}
				var page = pages.open(request);
				pages.writeHeaders(page, response);
				if (modelAndView != null && !modelAndView.wasCleared()) {
					modelAndView.addObject("page", page);
				}
			}

		});
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return PublicPage.class.equals(parameter.getParameterType());
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
					NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
				return pages.open(Objects.requireNonNull(request.getNativeRequest(HttpServletRequest.class)));
			}

		});
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags(PublicSiteRequests requests) {
		var filter = new ShallowEtagHeaderFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !requests.isPage(request);
			}

		};
		var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(filter);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
		return registration;
	}

	/**
	 * Rendered pages kept for visitors, after the security filters and inside the ETag
	 * filter.
	 */
	@Bean
	FilterRegistrationBean<RenderedPages> renderedPages(PublicSiteRequests requests, CacheManager caches, Clock clock,
			PublicSiteProperties properties) {
		var registration = new FilterRegistrationBean<>(
				new RenderedPages(requests, caches, clock, properties.dataTtl()));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/** At most 32 MB of rendered pages, each for at most a minute of real time. */
	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> renderedPagesCache() {
		return manager -> manager.registerCustomCache(RenderedPages.CACHE,
				Caffeine.newBuilder()
					.maximumWeight(32L * 1024 * 1024)
					.<Object, Object>weigher((key, page) -> page instanceof RenderedPages.Page kept ? kept.weight() : 1)
					.expireAfterWrite(Duration.ofMinutes(1))
					.build());
	}

	/** The home page in the site's navigation, first. */
	@Bean
	PublicSection homeSection() {
		return new PublicSection(0, "home.menu", "/", true, "vaadin:home");
	}

	static boolean isPublic(Object handler) {
		return handler instanceof HandlerMethod method
				&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicController.class);
	}

}

package org.pilotbridge.security;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.router.RouteConfiguration;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * What the application offers, read from the running application rather than from a list:
 * the routes of its views (Vaadin's route registry), the addresses of its controllers
 * (every Spring MVC request mapping, the actuator's included), and the public methods of
 * the services of every module's public API.
 */
final class EntryPoints {

	private EntryPoints() {
	}

	/**
	 * Every view route and alias, as {@code view /template}, with the view class it leads
	 * to.
	 */
	static Map<String, Class<?>> viewRoutes() {
		var routes = new LinkedHashMap<String, Class<?>>();
		RouteConfiguration.forApplicationScope()
			.getAvailableRoutes()
			.stream()
			.sorted(Comparator.comparing(route -> route.getTemplate()))
			.forEach(route -> {
				routes.put("view /" + route.getTemplate(), route.getNavigationTarget());
				route.getRouteAliases()
					.forEach(alias -> routes.put("view /" + alias.getTemplate(), alias.getNavigationTarget()));
			});
		return routes;
	}

	/**
	 * Every request mapping, as {@code METHOD /pattern} ({@code ANY} when it takes every
	 * method).
	 */
	static List<String> webMappings(ApplicationContext context) {
		var mappings = new TreeSet<String>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
				var methods = info.getMethodsCondition().getMethods();
				for (var pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						mappings.add("ANY " + pattern);
					}
					methods.forEach(method -> mappings.add(method.name() + " " + pattern));
				}
			}));
		return List.copyOf(mappings);
	}

	/**
	 * Whether the class is a service of a module's public API: a public {@code @Service}
	 * or {@code @Component} (not a controller) in the root package of a module.
	 */
	static boolean isApplicationService(Class<?> type) {
		var name = type.getPackageName();
		return name.startsWith("org.pilotbridge.") && name.indexOf('.', "org.pilotbridge.".length()) < 0
				&& Modifier.isPublic(type.getModifiers()) && isMainCode(type)
				&& (type.isAnnotationPresent(Service.class) || type.isAnnotationPresent(Component.class))
				&& !type.isAnnotationPresent(Controller.class) && !type.isAnnotationPresent(RestController.class);
	}

	private static boolean isMainCode(Class<?> type) {
		var source = type.getProtectionDomain().getCodeSource();
		return source == null || !source.getLocation().toString().contains("test-classes");
	}

	/**
	 * Every public method of every application service bean, named {@code Type.method},
	 * or {@code Type.method/arity} where the name is overloaded.
	 */
	static Map<String, Method> serviceMethods(ApplicationContext context) {
		var methods = new TreeMap<String, Method>();
		for (var name : context.getBeanDefinitionNames()) {
			var type = context.getType(name);
			if (type == null) {
				continue;
			}
			var target = ClassUtils.getUserClass(type);
			if (!isApplicationService(target)) {
				continue;
			}
			var declared = Arrays.stream(target.getDeclaredMethods())
				.filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
						&& !method.isSynthetic() && !method.isBridge())
				.toList();
			var byName = declared.stream().collect(Collectors.groupingBy(Method::getName, Collectors.counting()));
			for (var method : declared) {
				var key = target.getSimpleName() + "." + method.getName()
						+ (byName.get(method.getName()) > 1 ? "/" + method.getParameterCount() : "");
				methods.put(key, method);
			}
		}
		return methods;
	}

	static Class<?> userClass(Object bean) {
		return AopUtils.getTargetClass(bean);
	}

}

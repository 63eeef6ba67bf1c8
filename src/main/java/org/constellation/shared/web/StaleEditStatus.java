package org.constellation.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A form shown again because someone else saved the same thing meanwhile (its
 * page rejected it with {@link StaleEdit#CODE}) answers 409 Conflict, like the
 * API does, while the page itself keeps the person's typing and says what
 * happened. One rule for every page, so no page can forget it.
 */
@Configuration(proxyBeanMethods = false)
class StaleEditStatus implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view != null && !view.wasCleared() && isStale(view)) {
					response.setStatus(HttpStatus.CONFLICT.value());
				}
			}
		}).excludePathPatterns("/api/**", "/assets/**");
	}

	private static boolean isStale(ModelAndView view) {
		return view.getModel().values().stream().anyMatch(value -> value instanceof BindingResult errors
				&& errors.getGlobalErrors().stream().anyMatch(e -> StaleEdit.isStale(e.getCode())));
	}
}

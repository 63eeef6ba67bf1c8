package org.constellation.shared.web;

import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form is a record, built from what was posted through its constructor. When
 * a value cannot become the record's type (letters where a number goes, a
 * choice that is not on the list; no browser sends these from our pages), the
 * binding result is left without a form behind it, and the handler would fail
 * on it with a 500. Such a request is refused here, for every form at once,
 * with 400 naming the fields, before the handler runs and so before anything is
 * stored.
 */
@Configuration(proxyBeanMethods = false)
class UnboundForms {

	@Bean
	static BeanPostProcessor refuseUnboundForms() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
					adapter.setArgumentResolvers(adapter.getArgumentResolvers().stream()
							.map(r -> r instanceof ModelAttributeMethodProcessor forms ? new Refusing(forms) : r)
							.toList());
				}
				return bean;
			}
		};
	}

	private record Refusing(ModelAttributeMethodProcessor forms) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return forms.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			Object form = forms.resolveArgument(parameter, container, request, binders);
			if (container != null) {
				String fields = container.getModel().values().stream().filter(BindingResult.class::isInstance)
						.map(BindingResult.class::cast).filter(b -> b.getTarget() == null)
						.flatMap(b -> b.getFieldErrors().stream()).map(FieldError::getField).distinct()
						.collect(Collectors.joining(", "));
				if (!fields.isEmpty()) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
							"These values do not fit the form: " + fields);
				}
			}
			return form;
		}
	}
}

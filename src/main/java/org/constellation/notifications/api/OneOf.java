package org.constellation.notifications.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * The name of one constant of an enum. Taken as text so that a wrong value is
 * answered with the field that holds it, as bean validation does, rather than
 * with an unreadable body.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
@interface OneOf {

	Class<? extends Enum<?>> value();

	String message() default "is not one of the allowed values";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<OneOf, String> {

		private java.util.Set<String> names;
		private String allowed;

		@Override
		public void initialize(OneOf annotation) {
			names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
					.collect(java.util.stream.Collectors.toSet());
			allowed = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
					.collect(java.util.stream.Collectors.joining(", "));
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || names.contains(value)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("Use one of " + allowed).addConstraintViolation();
			return false;
		}
	}
}

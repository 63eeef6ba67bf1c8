package org.constellation.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in an API body may not hold NUL characters: PostgreSQL cannot store them
 * and no person types one. Such a value is refused while the JSON is read, so
 * the answer is a 400 naming the field (see {@link ApiProblems}) and nothing is
 * half-written.
 */
@Configuration(proxyBeanMethods = false)
class TextInput {

	@Bean
	JacksonModule textWithoutNul() {
		return new SimpleModule("text-without-nul").addDeserializer(String.class, new WithoutNul());
	}

	static final class WithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			if (value != null && value.indexOf('\u0000') >= 0) {
				return (String) ctxt.handleWeirdStringValue(String.class, value.replace("\u0000", "\\u0000"),
						"NUL characters are not allowed in text");
			}
			return value;
		}
	}
}

package org.constellation.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API at /v3/api-docs: bearer tokens everywhere, HTTP Basic only
 * to create a token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI constellationApi() {
		return new OpenAPI().info(new Info().title("Constellation API").version("v1").description(
				"Communities of practice and learning partnerships across levels of scale. Create a personal "
						+ "access token with POST /api/v1/tokens (HTTP Basic) or on your account page, then send "
						+ "'Authorization: Bearer <token>'. Errors are RFC 9457 problem+json naming the field at fault."))
				.components(new Components()
						.addSecuritySchemes("bearer",
								new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
						.addSecuritySchemes("basic",
								new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
				.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}

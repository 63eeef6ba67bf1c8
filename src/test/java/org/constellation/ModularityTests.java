package org.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.util.Arrays;
import org.constellation.communities.CommunitySearch;
import org.constellation.communities.Membership;
import org.constellation.people.Account;
import org.constellation.people.Practitioner;
import org.constellation.sessions.SessionPlanner;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * A module's API is what it marks with {@code @NamedInterface(name = "api")};
 * entities that still cross module lines are marked {@code "entities"}. Spring
 * Modulith keeps every other public type of a module's base package in its
 * unnamed interface, open to any module that does not list what it may use, so
 * every module lists the named interfaces it uses and nothing else.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ConstellationApplication.class);

	static final String API = "api";
	static final String ENTITIES = "entities";

	@Test
	void modulesOnlyUseEachOthersApis() {
		MODULES.verify();
	}

	@Test
	void everyModuleListsTheNamedInterfacesItUses() throws ClassNotFoundException {
		for (ApplicationModule module : MODULES) {
			String[] declared = Class.forName(module.getBasePackage().getName() + ".package-info")
					.getAnnotation(org.springframework.modulith.ApplicationModule.class).allowedDependencies();
			assertThat(declared).as("%s declares allowedDependencies", module.getIdentifier())
					.doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
			assertThat(Arrays.stream(declared))
					.as("%s names an interface of each module it uses, \"module :: api\"", module.getIdentifier())
					.allMatch(dependency -> dependency.matches("[a-z]+ :: (" + API + "|" + ENTITIES + ")"));
			module.getAllowedDependencies(MODULES).stream().forEach(dependency -> {
				NamedInterface target = dependency.getTargetNamedInterface();
				assertThat(target != null && target.isNamed())
						.as("%s may use %s, a named interface", module.getIdentifier(), dependency).isTrue();
			});
		}
	}

	@Test
	void publicTypesLeftOutOfTheApiAreOutOfReach() {
		// public for the module's own pages and endpoints, not for other modules
		assertOutOfReach(Membership.class);
		assertOutOfReach(CommunitySearch.class);
		assertOutOfReach(Account.class);
		assertOutOfReach(SessionPlanner.class);
		// an entity some modules still use, but never through the API
		assertThat(interfaceOf(Practitioner.class, API).contains(Practitioner.class)).isFalse();
		assertThat(interfaceOf(Practitioner.class, ENTITIES).contains(Practitioner.class)).isTrue();
	}

	@Test
	void apisHoldNoEntitiesAndTheirCrossingsHoldNothingElse() {
		for (ApplicationModule module : MODULES) {
			module.getNamedInterfaces().getByName(API).ifPresent(api -> assertThat(api)
					.as("the API of %s", module.getIdentifier()).noneMatch(type -> type.isAnnotatedWith(Entity.class)));
			module.getNamedInterfaces().getByName(ENTITIES)
					.ifPresent(entities -> assertThat(entities).as("the entities %s lets cross", module.getIdentifier())
							.allMatch(type -> type.isAnnotatedWith(Entity.class)));
		}
	}

	/**
	 * In no named interface of its module, so no module's allowed list reaches it.
	 */
	private static void assertOutOfReach(Class<?> type) {
		ApplicationModule owner = MODULES.getModuleByType(type).orElseThrow();
		// public, so Spring Modulith alone would let any module that lists nothing use
		// it
		assertThat(owner.isExposed(type)).as("%s is in %s's unnamed interface", type.getName(), owner.getIdentifier())
				.isTrue();
		assertThat(owner.getNamedInterfaces().stream().filter(NamedInterface::isNamed))
				.as("named interfaces holding %s", type.getName()).noneMatch(named -> named.contains(type));
		for (ApplicationModule module : MODULES) {
			if (!module.equals(owner)) {
				assertThat(module.getAllowedDependencies(MODULES).stream())
						.as("%s may use %s", module.getIdentifier(), type.getName())
						.noneMatch(allowed -> allowed.getTargetModule().equals(owner)
								&& (allowed.getTargetNamedInterface() == null
										|| allowed.getTargetNamedInterface().contains(type)));
			}
		}
	}

	private static NamedInterface interfaceOf(Class<?> type, String name) {
		return MODULES.getModuleByType(type).orElseThrow().getNamedInterfaces().getByName(name).orElseThrow();
	}
}

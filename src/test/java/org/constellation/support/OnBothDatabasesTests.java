package org.constellation.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every class marked to run on both databases has its twin on H2: without it,
 * the class would run on PostgreSQL only and nobody would notice.
 */
class OnBothDatabasesTests {

	@Test
	void everyClassOnBothDatabasesRunsAgainOnH2() throws Exception {
		List<String> marked = classesAnnotated(OnBothDatabases.class);
		assertThat(marked).as("the classes of SQL that differs").hasSizeGreaterThanOrEqualTo(20);
		for (String name : marked) {
			Class<?> twin = Class.forName(name.substring(0, name.length() - "IT".length()) + "OnH2IT");
			assertThat(twin.getSuperclass().getName()).isEqualTo(name);
			assertThat(twin.isAnnotationPresent(OnH2.class)).as(twin.getName()).isTrue();
		}
		assertThat(classesAnnotated(OnH2.class)).as("no class on H2 without its twin on PostgreSQL")
				.hasSameSizeAs(marked);
	}

	private static List<String> classesAnnotated(Class<? extends java.lang.annotation.Annotation> annotation) {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(annotation, false));
		return scanner.findCandidateComponents("org.constellation").stream().map(d -> d.getBeanClassName()).sorted()
				.toList();
	}
}

package org.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The pictures of the modules are drawn from the modules themselves, so they
 * cannot drift from the code: Spring Modulith's Documenter writes its PlantUML
 * diagrams and module canvases into {@code target/spring-modulith-docs}, and
 * docs/architecture.md and docs/modules.puml must hold what this model says.
 * Run with {@code -Dmodules.write=true} to rewrite them.
 */
class ModuleDocumentationTests {

	static final ApplicationModules MODULES = ModularityTests.MODULES;

	static final Path OUTPUT = Path.of("target", "spring-modulith-docs");
	static final Path ARCHITECTURE = Path.of("docs", "architecture.md");
	static final Path DIAGRAM = Path.of("docs", "modules.puml");

	static final String SHARED = "shared";

	static final boolean WRITE = Boolean.getBoolean("modules.write");
	static final String HOW_TO_UPDATE = "%s does not show the modules as they are: run "
			+ "./mvnw -B validate test-compile surefire:test -Dtest=ModuleDocumentationTests -Dmodules.write=true "
			+ "to rewrite it from the code, look at the change and commit it";

	@BeforeAll
	static void writeTheDocumentersDiagramsAndCanvases() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
				.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	@Test
	void documenterDrawsEveryModule() {
		assertThat(OUTPUT.resolve("components.puml")).exists();
		MODULES.forEach(module -> {
			assertThat(OUTPUT.resolve("module-" + name(module) + ".puml")).exists();
			assertThat(OUTPUT.resolve("module-" + name(module) + ".adoc")).exists();
		});
	}

	@Test
	void checkedInDiagramIsTheDocumentersOwn() throws IOException {
		String drawn = inStableOrder(Files.readString(OUTPUT.resolve("components.puml")));
		if (WRITE) {
			Files.writeString(DIAGRAM, drawn);
		}
		assertThat(Files.exists(DIAGRAM) ? Files.readString(DIAGRAM) : "").as(HOW_TO_UPDATE, DIAGRAM).isEqualTo(drawn);
	}

	@Test
	void architectureShowsHowTheModulesDependOnEachOther() throws IOException {
		assertBlock("modules", dependencyGraph(MODULES));
	}

	@Test
	void architectureListsTheEntitiesThatStillCrossModuleLines() throws IOException {
		assertBlock("entity-crossings", entityCrossings(MODULES));
	}

	/**
	 * The Documenter lists modules and relationships in the order of a hash map,
	 * which changes from one run to the next; each run of component or relationship
	 * lines is sorted, so that only a change of the picture shows.
	 */
	static String inStableOrder(String plantUml) {
		List<String> lines = new ArrayList<>(plantUml.lines().toList());
		for (int from = 0; from < lines.size();) {
			String kind = kind(lines.get(from));
			int to = from + 1;
			while (kind != null && to < lines.size() && kind.equals(kind(lines.get(to)))) {
				to++;
			}
			Collections.sort(lines.subList(from, to));
			from = to;
		}
		return String.join("\n", lines) + "\n";
	}

	private static String kind(String line) {
		String statement = line.strip();
		return statement.startsWith("Component(") || statement.startsWith("Rel(")
				? statement.substring(0, statement.indexOf('('))
				: null;
	}

	/**
	 * Each module and the modules it uses, as a mermaid flowchart; {@code shared}
	 * is left out and named in a sentence below it.
	 */
	static String dependencyGraph(ApplicationModules modules) {
		Map<String, Set<String>> uses = new TreeMap<>();
		Set<String> usingShared = new TreeSet<>();
		modules.forEach(module -> {
			if (name(module).equals(SHARED)) {
				return;
			}
			Set<String> targets = module.getDirectDependencies(modules).uniqueModules()
					.map(ModuleDocumentationTests::name).filter(target -> !target.equals(name(module)))
					.collect(Collectors.toCollection(TreeSet::new));
			if (targets.remove(SHARED)) {
				usingShared.add(name(module));
			}
			uses.put(name(module), targets);
		});
		Set<String> drawn = new TreeSet<>();
		StringBuilder graph = new StringBuilder("```mermaid\nflowchart LR\n");
		uses.forEach((module, targets) -> targets.forEach(target -> {
			graph.append("  ").append(module).append(" --> ").append(target).append('\n');
			drawn.add(module);
			drawn.add(target);
		}));
		uses.keySet().stream().filter(module -> !drawn.contains(module))
				.forEach(module -> graph.append("  ").append(module).append('\n'));
		graph.append("```\n\n");

		Set<String> notUsingShared = new TreeSet<>(uses.keySet());
		notUsingShared.removeAll(usingShared);
		graph.append(notUsingShared.isEmpty()
				? "Every module also uses `shared`, which the picture leaves out."
				: "Every module but " + quoted(notUsingShared) + " also uses `shared`, which the picture leaves out.");
		return graph.append('\n').toString();
	}

	/**
	 * Each module that still uses entities of other modules (through their
	 * {@code entities} named interface), which ones and where.
	 */
	static String entityCrossings(ApplicationModules modules) {
		Map<String, Map<String, Set<String>>> crossings = new TreeMap<>();
		modules.forEach(module -> module.getDirectDependencies(modules).stream()
				.filter(dependency -> !dependency.getTargetModule().equals(module))
				.filter(ModuleDocumentationTests::reachesAnEntity)
				.forEach(dependency -> crossings.computeIfAbsent(name(module), m -> new TreeMap<>())
						.computeIfAbsent(local(dependency.getTargetType().getName(), modules), t -> new TreeSet<>())
						.add(local(dependency.getSourceType().getName(), modules).replaceFirst("^[a-z]+\\.", ""))));
		if (crossings.isEmpty()) {
			return "No module uses an entity of another.\n";
		}
		StringBuilder table = new StringBuilder("| module | entities of other modules it uses | in |\n|---|---|---|\n");
		crossings.forEach((module, entities) -> entities.forEach((entity, users) -> table.append("| `").append(module)
				.append("` | `").append(entity).append("` | ").append(quoted(users)).append(" |\n")));
		return table.toString();
	}

	private static boolean reachesAnEntity(ApplicationModuleDependency dependency) {
		return dependency.getTargetModule().getNamedInterfaces().getByName(ModularityTests.ENTITIES)
				.map(entities -> entities.contains(dependency.getTargetType())).orElse(false);
	}

	/**
	 * A type's name from its module on, outer type only:
	 * {@code people.Practitioner}.
	 */
	private static String local(String typeName, ApplicationModules modules) {
		String root = modules.getRootPackages().getFirst().getName() + ".";
		return typeName.substring(root.length()).replaceFirst("\\$.*", "");
	}

	private static String quoted(Set<String> names) {
		List<String> all = names.stream().map(name -> "`" + name + "`").toList();
		return all.size() == 1
				? all.getFirst()
				: String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.getLast();
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

	/**
	 * Compares the text between {@code <!-- name:start -->} and
	 * {@code <!-- name:end -->} in docs/architecture.md with what the modules say,
	 * and writes it there first when asked to.
	 */
	private static void assertBlock(String name, String expected) throws IOException {
		String start = "<!-- " + name + ":start -->\n";
		String end = "<!-- " + name + ":end -->";
		String document = Files.readString(ARCHITECTURE);
		int from = document.indexOf(start);
		int to = document.indexOf(end);
		assertThat(from).as("docs/architecture.md has a line %s followed, later, by a line %s", start.strip(), end)
				.isNotNegative().isLessThan(to);
		if (WRITE) {
			document = document.substring(0, from + start.length()) + expected + document.substring(to);
			Files.writeString(ARCHITECTURE, document);
			to = document.indexOf(end);
		}
		assertThat(document.substring(from + start.length(), to)).as(HOW_TO_UPDATE, ARCHITECTURE + " (" + name + ")")
				.isEqualTo(expected);
	}
}

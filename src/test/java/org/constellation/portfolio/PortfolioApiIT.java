package org.constellation.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.constellation.support.Api;
import org.constellation.support.OnBothDatabases;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@OnBothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortfolioApiIT {

	@LocalServerPort
	int port;

	@Test
	void listsLevelsOfScaleBroadestFirst() {
		var scales = Api.as(port, "member01@example.org").get("/api/v1/scales");
		assertThat(scales.status()).isEqualTo(200);
		List<String> names = scales.json().valueStream().map(n -> n.get("name").asString()).toList();
		assertThat(names).startsWith("National", "State", "District", "School/Program");
	}

	@Test
	void browsesThePlacesTreeWithPages() {
		Api member = Api.as(port, "member02@example.org");
		var roots = member.get("/api/v1/places?levelId=" + levelId(member, "State") + "&size=2");
		assertThat(roots.status()).isEqualTo(200);
		assertThat(roots.json().get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(roots.json().get("content")).hasSize(2);
		long stateId = roots.json().get("content").get(0).get("id").asLong();
		JsonNode state = member.get("/api/v1/places/" + stateId).json();
		assertThat(state.get("level").get("name").asString()).isEqualTo("State");
		assertThat(state.get("children").size()).isGreaterThanOrEqualTo(2);
		assertThat(state.get("path").get(0).get("name").asString()).isEqualTo("United States");
	}

	@Test
	void showsIssuesWithTheirLevelsAndSubIssues() {
		Api member = Api.as(port, "member03@example.org");
		var issues = member.get("/api/v1/issues?size=100");
		assertThat(issues.json().get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(12);
		JsonNode inclusive = issues.json().get("content").valueStream()
				.filter(i -> i.get("name").asString().equals("Inclusive classrooms")).findFirst().orElseThrow();
		assertThat(inclusive.get("levels")).hasSize(4);
		JsonNode detail = member.get("/api/v1/issues/" + inclusive.get("id").asLong()).json();
		assertThat(detail.get("subIssues").valueStream().map(s -> s.get("name").asString()))
				.contains("Co-teaching and collaboration");
		var emerging = member.get("/api/v1/issues?status=EMERGING&size=100").json().get("content");
		assertThat(emerging.valueStream().map(i -> i.get("status").asString())).containsOnly("EMERGING");
	}

	@Test
	void stewardsAddAndChangeIssuesMembersMayNot() {
		Api steward = Api.as(port, "steward@example.org");
		Api member = Api.as(port, "member04@example.org");
		long state = levelId(steward, "State");
		String body = Api.json(Map.of("name", "Community schools", "description", "Schools as hubs of services.",
				"status", "EMERGING", "levelIds", List.of(state)));

		assertThat(member.post("/api/v1/issues", body).status()).isEqualTo(403);

		var created = steward.post("/api/v1/issues", body);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		var changed = steward.put("/api/v1/issues/" + id, Api.json(Map.of("name", "Community schools", "description",
				"Schools as hubs.", "status", "ACTIVE", "levelIds", List.of(state))));
		assertThat(changed.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(member.get("/api/v1/issues/" + id).json().get("issue").get("description").asString())
				.isEqualTo("Schools as hubs.");
	}

	@Test
	void aDuplicateIssueNameIsAConflictNamingTheField() {
		Api steward = Api.as(port, "steward@example.org");
		var duplicate = steward.post("/api/v1/issues", Api.json(Map.of("name", "family engagement", "description",
				"Again", "status", "ACTIVE", "levelIds", List.of(levelId(steward, "State")))));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.contentType()).startsWith("application/problem+json");
		assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void missingFieldsAreNamedInTheProblem() {
		var invalid = Api.as(port, "steward@example.org").post("/api/v1/issues", "{\"name\":\"\"}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains("name",
				"description", "status", "levelIds");
	}

	@Test
	void placesFollowTheLevelsAndStayUniqueUnderAParent() {
		Api steward = Api.as(port, "steward@example.org");
		JsonNode ohio = steward.get("/api/v1/places?levelId=" + levelId(steward, "State") + "&size=50").json()
				.get("content").valueStream().filter(p -> p.get("name").asString().equals("Ohio")).findFirst()
				.orElseThrow();
		long ohioId = ohio.get("id").asLong();

		var tooBroad = steward.post("/api/v1/places",
				Api.json(Map.of("name", "Ohio Two", "levelId", levelId(steward, "State"), "parentId", ohioId)));
		assertThat(tooBroad.status()).isEqualTo(422);
		assertThat(tooBroad.json().get("errors").get(0).get("field").asString()).isEqualTo("levelId");

		var added = steward.post("/api/v1/places", Api.json(
				Map.of("name", "Dayton Public Schools", "levelId", levelId(steward, "District"), "parentId", ohioId)));
		assertThat(added.status()).isEqualTo(201);
		var again = steward.post("/api/v1/places", Api.json(
				Map.of("name", "Dayton Public Schools", "levelId", levelId(steward, "District"), "parentId", ohioId)));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void stewardsShapeLevelsAndStakeholderGroups() {
		Api steward = Api.as(port, "steward@example.org");
		var level = steward.post("/api/v1/scales", "{\"name\":\"Classroom\"}");
		assertThat(level.status()).isEqualTo(201);
		assertThat(level.json().get("rank").asInt()).isEqualTo(5);
		assertThat(steward.post("/api/v1/scales", "{\"name\":\"classroom\"}").status()).isEqualTo(409);
		long id = level.json().get("id").asLong();
		assertThat(steward.delete("/api/v1/scales/" + id).status()).isEqualTo(204);
		assertThat(steward.delete("/api/v1/scales/" + levelId(steward, "State")).status()).isEqualTo(409);

		var group = steward.post("/api/v1/stakeholder-groups", "{\"name\":\"Tribal education leaders\"}");
		assertThat(group.status()).isEqualTo(201);
		var retired = steward.put("/api/v1/stakeholder-groups/" + group.json().get("id").asLong(),
				"{\"name\":\"Tribal education leaders\",\"retired\":true}");
		assertThat(retired.json().get("retired").asBoolean()).isTrue();
		assertThat(Api.as(port, "member05@example.org").post("/api/v1/stakeholder-groups", "{\"name\":\"X\"}").status())
				.isEqualTo(403);
	}

	@Test
	void theApiIsDocumented() {
		var docs = Api.anonymous(port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/scales", "/api/v1/places",
				"/api/v1/stakeholder-groups", "/api/v1/issues", "/api/v1/practitioners", "/api/v1/me",
				"/api/v1/tokens");
		assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	/**
	 * The description is written once per address and kept: asked again it is the
	 * same, and asked under another name of the machine it names that address.
	 */
	@Test
	void theApiDescriptionIsKeptPerAddressItIsAskedUnder() throws Exception {
		var client = java.net.http.HttpClient.newHttpClient();
		java.util.function.Function<String, String> json = host -> {
			try {
				return client.send(java.net.http.HttpRequest
						.newBuilder(java.net.URI.create("http://" + host + ":" + port + "/v3/api-docs")).build(),
						java.net.http.HttpResponse.BodyHandlers.ofString()).body();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		};
		String first = json.apply("localhost");
		assertThat(first).contains("\"url\":\"http://localhost:" + port);
		assertThat(json.apply("localhost")).isEqualTo(first);
		assertThat(json.apply("127.0.0.1")).contains("\"url\":\"http://127.0.0.1:" + port)
				.doesNotContain("http://localhost:" + port);

		var member = WebSession.signedIn(port, "steward@example.org");
		var yaml = member.get("/v3/api-docs.yaml", "*/*");
		assertThat(yaml.status()).isEqualTo(200);
		assertThat(yaml.header("Content-Type")).startsWith("application/vnd.oai.openapi");
		assertThat(yaml.body()).startsWith("openapi:").contains("/api/v1/scales:");
		var again = member.get("/v3/api-docs.yaml", "*/*");
		assertThat(again.body()).isEqualTo(yaml.body());
		assertThat(again.header("Content-Type")).isEqualTo(yaml.header("Content-Type"));
		assertThat(member.get("/v3/api-docs.yaml", "text/html").status()).as("what it cannot give, kept or not")
				.isEqualTo(406);
		// kept, it is still read only by those who may
		var anonymous = new WebSession(port).get("/v3/api-docs.yaml", "*/*");
		assertThat(anonymous.status()).isNotEqualTo(200);
		assertThat(anonymous.body()).doesNotContain("openapi:");
	}

	static long levelId(Api api, String name) {
		return api.get("/api/v1/scales").json().valueStream().filter(l -> l.get("name").asString().equals(name))
				.findFirst().orElseThrow().get("id").asLong();
	}
}

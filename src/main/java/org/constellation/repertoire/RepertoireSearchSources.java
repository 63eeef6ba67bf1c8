package org.constellation.repertoire;

import org.constellation.communities.CommunitySearchSource;
import org.constellation.communities.SearchHit;

import org.constellation.shared.TextSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The community search over practice work, the repertoire and the glossary:
 * full-text on PostgreSQL, LIKE on H2. Called only after the access policy let
 * the reader in.
 */
@Configuration(proxyBeanMethods = false)
class RepertoireSearchSources {

	static final String PRACTICE_WORK = "practice work";
	static final String ARTIFACT = "artifact";
	static final String GLOSSARY_TERM = "glossary term";

	@Bean
	CommunitySearchSource practiceWorkSearch(PracticeWorks works, TextSearch search) {
		return (communityId, text,
				limit) -> (search.fullText()
						? works.searchFullText(communityId, text, limit)
						: works.searchLike(communityId, TextSearch.likePattern(text), limit)).stream()
						.map(w -> new SearchHit(PRACTICE_WORK, w.getTitle(), excerpt(w.getGoal()),
								"/practice-work/" + w.getId(), w.getUpdatedAt()))
						.toList();
	}

	@Bean
	CommunitySearchSource artifactSearch(Artifacts artifacts, TextSearch search) {
		return (communityId, text,
				limit) -> (search.fullText()
						? artifacts.searchFullText(communityId, text, limit)
						: artifacts.searchLike(communityId, TextSearch.likePattern(text), limit)).stream()
						.map(a -> new SearchHit(ARTIFACT, a.getTitle(), excerpt(a.getBody()), "/artifacts/" + a.getId(),
								a.getCreatedAt()))
						.toList();
	}

	@Bean
	CommunitySearchSource glossarySearch(GlossaryTerms terms, TextSearch search) {
		return (communityId, text,
				limit) -> (search.fullText()
						? terms.searchFullText(communityId, text, limit)
						: terms.searchLike(communityId, TextSearch.likePattern(text), limit))
						.stream()
						.map(t -> new SearchHit(GLOSSARY_TERM, t.getTerm(), excerpt(t.getMeaning()),
								"/communities/" + communityId + "/glossary#term-" + t.getId(), t.getUpdatedAt()))
						.toList();
	}

	/** Plain text for a result line: Markdown's marks dropped, shortened. */
	static String excerpt(String markdown) {
		String plain = markdown == null
				? ""
				: markdown.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("[#*_>`~|]", "")
						.replaceAll("\\s+", " ").strip();
		return plain.length() <= 200 ? plain : plain.substring(0, 199).strip() + "\u2026";
	}

}

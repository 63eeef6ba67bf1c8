package org.constellation.communities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search inside one community across every module that contributes a
 * {@link CommunitySearchSource}. The access policy is asked first, so no source
 * is ever called for a community the reader may not read.
 */
@Service
@Transactional(readOnly = true)
public class CommunitySearch {

	public static final int MAX_QUERY_LENGTH = 200;
	static final int HITS_PER_SOURCE = 20;

	private final CommunityAccess access;
	private final List<CommunitySearchSource> sources;

	CommunitySearch(CommunityAccess access, List<CommunitySearchSource> sources) {
		this.access = access;
		this.sources = sources;
	}

	/**
	 * What was found, grouped by kind ("artifact", "thread", …) in alphabetical
	 * order of kind; {@code searched} is false when there was nothing to search
	 * for.
	 */
	public record Results(String query, boolean searched, Map<String, List<SearchHit>> byKind, int total) {
	}

	public Results search(AccountPrincipal viewer, long communityId, String query) {
		access.requireRead(viewer, communityId);
		String text = query == null ? "" : query.strip();
		if (text.length() > MAX_QUERY_LENGTH) {
			throw new InvalidInputException("q", "Search for at most " + MAX_QUERY_LENGTH + " characters");
		}
		if (text.isEmpty()) {
			return new Results("", false, Map.of(), 0);
		}
		Map<String, List<SearchHit>> byKind = new TreeMap<>();
		int total = 0;
		for (CommunitySearchSource source : sources) {
			for (SearchHit hit : source.search(communityId, text, HITS_PER_SOURCE)) {
				byKind.computeIfAbsent(hit.kind(), k -> new java.util.ArrayList<>()).add(hit);
				total++;
			}
		}
		return new Results(text, true, new LinkedHashMap<>(byKind), total);
	}
}

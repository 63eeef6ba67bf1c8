package org.constellation.repertoire;

import java.util.List;
import org.constellation.communities.CommunitySection;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of a community's home page about its practice work and its shared
 * repertoire; each costs a fixed two or three queries.
 */
@Configuration(proxyBeanMethods = false)
class RepertoireSections {

	/** What the "Practice work under way" section shows. */
	public record PracticeSection(long communityId, List<PracticeWork> underWay, long count, boolean canPropose) {
	}

	/** What the "Recently added to the repertoire" section shows. */
	public record RepertoireSection(long communityId, List<Artifact> recent, long artifactCount, long termCount,
			boolean canAdd) {
	}

	@Bean
	CommunitySection practiceWorkSection(PracticeWorkService works) {
		return new CommunitySection() {
			@Override
			public int order() {
				return 30;
			}

			@Override
			public String fragment() {
				return "communities/repertoire/sections :: practice";
			}

			@Override
			public Object model(long communityId, Standing standing, AccountPrincipal viewer) {
				return new PracticeSection(communityId, works.underWay(communityId), works.countUnderWay(communityId),
						standing.canContribute());
			}
		};
	}

	@Bean
	CommunitySection repertoireSection(RepertoireService repertoire) {
		return new CommunitySection() {
			@Override
			public int order() {
				return 40;
			}

			@Override
			public String fragment() {
				return "communities/repertoire/sections :: repertoire";
			}

			@Override
			public Object model(long communityId, Standing standing, AccountPrincipal viewer) {
				return new RepertoireSection(communityId, repertoire.recentArtifacts(communityId),
						repertoire.artifactCount(communityId), repertoire.termCount(communityId),
						standing.canContribute());
			}
		};
	}
}

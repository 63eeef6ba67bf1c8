package org.constellation.communities;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageChanges extends JpaRepository<StageChange, Long> {

	List<StageChange> findByCommunityIdOrderByChangedAtDescIdDesc(long communityId);
}

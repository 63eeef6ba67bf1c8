package org.constellation.repertoire;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeWorkOutputs extends JpaRepository<PracticeWorkOutput, Long> {

	List<PracticeWorkOutput> findByWorkIdOrderByAddedAtAscIdAsc(long workId);

}

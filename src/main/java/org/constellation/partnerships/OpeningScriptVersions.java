package org.constellation.partnerships;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpeningScriptVersions extends JpaRepository<OpeningScriptVersion, Long> {

	Optional<OpeningScriptVersion> findFirstByScriptIdOrderByNumberDesc(long scriptId);

	List<OpeningScriptVersion> findByScriptIdOrderByNumberDesc(long scriptId);
}

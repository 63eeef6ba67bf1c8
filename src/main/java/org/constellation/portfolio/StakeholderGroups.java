package org.constellation.portfolio;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StakeholderGroups extends JpaRepository<StakeholderGroup, Long> {

	List<StakeholderGroup> findAllByOrderByPositionAscNameAsc();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}

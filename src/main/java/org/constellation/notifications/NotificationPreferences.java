package org.constellation.notifications;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferences extends JpaRepository<NotificationPreference, Long> {

	List<NotificationPreference> findByPractitionerIdIn(Collection<Long> practitionerIds);
}

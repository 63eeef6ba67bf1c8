package org.constellation.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's choice for one topic; without it the topic's default applies.
 */
@Entity
@Table(name = "notification_preferences")
class NotificationPreference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long practitionerId;

	@Enumerated(EnumType.STRING)
	private Topic topic;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	@Version
	private long version;

	protected NotificationPreference() {
	}

	NotificationPreference(long practitionerId, Topic topic, Delivery delivery) {
		this.practitionerId = practitionerId;
		this.topic = topic;
		this.delivery = delivery;
	}

	long getPractitionerId() {
		return practitionerId;
	}

	Topic getTopic() {
		return topic;
	}

	Delivery getDelivery() {
		return delivery;
	}

	void choose(Delivery delivery) {
		this.delivery = delivery;
	}
}

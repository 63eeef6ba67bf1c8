package org.constellation.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.constellation.notifications.Delivery;
import org.constellation.notifications.NoticeEntry;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.people.AccountPrincipal;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notices and their choices of how to hear of each topic. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Notifications", description = "Your in-app notices and how you hear of each kind of news")
class NotificationsApi {

	record NoticeView(Long id, Topic topic, String subject, String text, String link, Instant createdAt, boolean read,
			Instant readAt) {
		static NoticeView of(NoticeEntry n) {
			return new NoticeView(n.getId(), n.getTopic(), n.getSubject(), n.getText(), n.getLink(), n.getCreatedAt(),
					n.isRead(), n.getReadAt());
		}
	}

	/** No ids: mark every notice read. */
	record ReadRequest(List<@NotNull(message = "Give each notice's id") Long> ids) {
	}

	record ReadResult(int marked, long unread) {
	}

	record Choice(@NotNull @OneOf(Topic.class) String topic, @NotNull @OneOf(Delivery.class) String mode) {
	}

	record Preferences(@NotNull @Valid List<@NotNull(message = "Give a topic and a mode") Choice> preferences) {
		static Preferences of(Map<Topic, Delivery> choices) {
			return new Preferences(
					choices.entrySet().stream().map(e -> new Choice(e.getKey().name(), e.getValue().name())).toList());
		}
	}

	private final Notifications notifications;

	NotificationsApi(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	@Operation(summary = "Your notices, newest first")
	PagedModel<NoticeView> inbox(@AuthenticationPrincipal AccountPrincipal me,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(notifications.inbox(me, pageable).map(NoticeView::of));
	}

	@PostMapping("/notifications/read")
	@Operation(summary = "Mark the given notices read, or all of them when no ids are given; another person's notice is not found")
	ReadResult markRead(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody(required = false) ReadRequest body) {
		int marked = notifications.markRead(me, body == null ? null : body.ids());
		return new ReadResult(marked, notifications.unreadCount(me));
	}

	@GetMapping("/notification-preferences")
	@Operation(summary = "How you hear of each topic: IMMEDIATELY, DAILY or OFF")
	Preferences preferences(@AuthenticationPrincipal AccountPrincipal me) {
		return Preferences.of(notifications.preferences(me));
	}

	@PutMapping("/notification-preferences")
	@Operation(summary = "Change how you hear of the listed topics; topics not listed keep their setting")
	Preferences choose(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody Preferences body) {
		Map<Topic, Delivery> changes = new EnumMap<>(Topic.class);
		body.preferences().forEach(c -> changes.put(Topic.valueOf(c.topic()), Delivery.valueOf(c.mode())));
		return Preferences.of(notifications.choose(me, changes));
	}
}

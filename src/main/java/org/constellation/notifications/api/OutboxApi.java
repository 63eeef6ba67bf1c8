package org.constellation.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.constellation.notifications.Mail;
import org.constellation.notifications.OutboxMessage;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Outbox", description = "Mail kept by the embedded set-up instead of being sent (stewards)")
class OutboxApi {

	record MessageView(Long id, String recipient, String subject, String body, Instant createdAt) {
		static MessageView of(OutboxMessage m) {
			return new MessageView(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getCreatedAt());
		}
	}

	private final Mail mail;

	OutboxApi(Mail mail) {
		this.mail = mail;
	}

	@GetMapping("/api/v1/outbox")
	@Operation(summary = "Mail kept in the outbox, newest first (stewards)")
	PagedModel<MessageView> outbox(@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(mail.outbox(pageable).map(MessageView::of));
	}
}

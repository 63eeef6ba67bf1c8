package org.constellation.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells practitioners what they should hear of. Other modules call it inside
 * their own transaction: the notice is stored with the change that caused it,
 * and mailed only once that change is committed. Each person reads their own
 * notices, and nobody else's, in their inbox, and chooses per topic how they
 * hear of it.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class Notifications {

	private final Mail mail;
	private final People people;
	private final NoticeEntries notices;
	private final NotificationPreferences preferences;
	private final UnsubscribeLinks unsubscribeLinks;
	private final ImmediateMail immediateMail;
	private final Clock clock;
	private final String baseUrl;

	Notifications(Mail mail, People people, NoticeEntries notices, NotificationPreferences preferences,
			UnsubscribeLinks unsubscribeLinks, ImmediateMail immediateMail, Clock clock,
			@Value("${constellation.base-url}") String baseUrl) {
		this.mail = mail;
		this.people = people;
		this.notices = notices;
		this.preferences = preferences;
		this.unsubscribeLinks = unsubscribeLinks;
		this.immediateMail = immediateMail;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	// Sending

	@Transactional
	public void send(Notice notice) {
		sendAll(List.of(notice));
	}

	@Transactional
	public void sendAll(Collection<Notice> notices) {
		if (notices.isEmpty()) {
			return;
		}
		Map<Long, Map<Topic, Delivery>> choices = choicesOf(
				notices.stream().map(Notice::recipientId).collect(Collectors.toSet()));
		var now = clock.instant();
		List<NoticeEntry> stored = this.notices.saveAll(notices.stream()
				.map(n -> new NoticeEntry(n, choices.get(n.recipientId()).get(n.topic()), now)).toList());
		List<NoticeEntry> atOnce = stored.stream().filter(n -> n.getDelivery() == Delivery.IMMEDIATELY).toList();
		if (!atOnce.isEmpty()) {
			List<NoticeMail.Written> written = immediateMail.write(atOnce);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					immediateMail.sendEach(written);
				}
			});
		}
	}

	/**
	 * For someone who has no account yet, such as a person invited by email: there
	 * is no inbox and no choice to change, only this one mail.
	 */
	@Transactional
	public void sendToAddress(String email, String subject, String text, String link) {
		mail.send(email, subject, text + "\n\n" + absolute(link) + "\n");
	}

	public String absolute(String link) {
		return link.startsWith("http") ? link : baseUrl + link;
	}

	// The inbox

	@Transactional(readOnly = true)
	public Page<NoticeEntry> inbox(AccountPrincipal me, Pageable pageable) {
		return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(id(me), pageable);
	}

	/** One count on an index: cheap enough for every page's navigation. */
	@Transactional(readOnly = true)
	public long unreadCount(AccountPrincipal me) {
		return me.practitionerId() == null ? 0 : notices.countByRecipientIdAndReadAtIsNull(me.practitionerId());
	}

	/**
	 * Marks the given notices read, or all when none are given; marking again
	 * changes nothing. Someone else's notice is not found, and then nothing is
	 * marked.
	 */
	@Transactional
	public int markRead(AccountPrincipal me, Collection<Long> ids) {
		long recipient = id(me);
		if (ids == null || ids.isEmpty()) {
			return notices.markAllRead(recipient, clock.instant());
		}
		Set<Long> distinct = Set.copyOf(ids);
		if (notices.countOwned(recipient, distinct) != distinct.size()) {
			throw new NotFoundException("Notice");
		}
		return notices.markRead(recipient, distinct, clock.instant());
	}

	/** The notice a person opens from their inbox, now read. */
	@Transactional
	public NoticeEntry open(AccountPrincipal me, long noticeId) {
		markRead(me, List.of(noticeId));
		return notices.findById(noticeId).orElseThrow(() -> new NotFoundException("Notice"));
	}

	// Choices

	@Transactional(readOnly = true)
	public Map<Topic, Delivery> preferences(AccountPrincipal me) {
		return choicesOf(Set.of(id(me))).get(id(me));
	}

	/**
	 * Changes the given topics and leaves the others. Daily notices still waiting
	 * for a digest leave it when their topic is no longer daily.
	 */
	@Transactional
	public Map<Topic, Delivery> choose(AccountPrincipal me, Map<Topic, Delivery> changes) {
		choose(id(me), changes);
		return preferences(me);
	}

	private void choose(long practitionerId, Map<Topic, Delivery> changes) {
		Map<Topic, NotificationPreference> saved = preferences.findByPractitionerIdIn(Set.of(practitionerId)).stream()
				.collect(Collectors.toMap(NotificationPreference::getTopic, p -> p));
		changes.forEach((topic, delivery) -> {
			NotificationPreference existing = saved.get(topic);
			if (existing == null) {
				preferences.save(new NotificationPreference(practitionerId, topic, delivery));
			} else {
				existing.choose(delivery);
			}
		});
		Set<Topic> notDaily = changes.entrySet().stream().filter(e -> e.getValue() != Delivery.DAILY)
				.map(Map.Entry::getKey).collect(Collectors.toSet());
		if (!notDaily.isEmpty()) {
			preferences.flush();
			notices.leaveDigest(practitionerId, notDaily, Delivery.DAILY, Delivery.OFF);
		}
	}

	private Map<Long, Map<Topic, Delivery>> choicesOf(Set<Long> practitionerIds) {
		Map<Long, Map<Topic, Delivery>> choices = new HashMap<>();
		for (Long id : practitionerIds) {
			Map<Topic, Delivery> defaults = new EnumMap<>(Topic.class);
			for (Topic topic : Topic.values()) {
				defaults.put(topic, topic.defaultDelivery());
			}
			choices.put(id, defaults);
		}
		preferences.findByPractitionerIdIn(practitionerIds)
				.forEach(p -> choices.get(p.getPractitionerId()).put(p.getTopic(), p.getDelivery()));
		return choices;
	}

	// Unsubscribe links (no sign-in: whoever holds the link may stop its mail)

	@Transactional(readOnly = true)
	public Optional<UnsubscribeOffer> unsubscribeOffer(String secret) {
		return link(secret).map(l -> new UnsubscribeOffer(l.getTopic()));
	}

	/**
	 * Turns off the mail the link was for (a topic, or every daily topic for a
	 * digest's link), or all mail; the notices still reach the inbox.
	 */
	@Transactional
	public UnsubscribeOffer unsubscribe(String secret, boolean allMail) {
		UnsubscribeLink link = link(secret).orElseThrow(() -> new NotFoundException("Unsubscribe link"));
		Map<Topic, Delivery> current = choicesOf(Set.of(link.getPractitionerId())).get(link.getPractitionerId());
		Map<Topic, Delivery> off = new EnumMap<>(Topic.class);
		for (Topic topic : Topic.values()) {
			boolean covered = allMail
					|| (link.getTopic() == null ? current.get(topic) == Delivery.DAILY : link.getTopic() == topic);
			if (covered && current.get(topic) != Delivery.OFF) {
				off.put(topic, Delivery.OFF);
			}
		}
		choose(link.getPractitionerId(), off);
		return new UnsubscribeOffer(link.getTopic());
	}

	private Optional<UnsubscribeLink> link(String secret) {
		if (secret == null || secret.length() > 100) {
			return Optional.empty();
		}
		return unsubscribeLinks.findByTokenHash(Secrets.hash(secret));
	}

	private static long id(AccountPrincipal me) {
		if (me.practitionerId() == null) {
			throw new NotFoundException("Your practitioner profile");
		}
		return me.practitionerId();
	}
}

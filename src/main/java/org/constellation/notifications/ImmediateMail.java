package org.constellation.notifications;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Mails notices one by one, each in its own transaction. */
@Component
class ImmediateMail {

	private static final Logger log = LoggerFactory.getLogger(ImmediateMail.class);

	private final NoticeMail noticeMail;

	ImmediateMail(NoticeMail noticeMail) {
		this.noticeMail = noticeMail;
	}

	/**
	 * A mail server that fails must not fail the change already committed; what was
	 * not mailed stays unmailed and the hourly check sends it.
	 */
	/** Writes and claims the mails of notices made in the current transaction. */
	List<NoticeMail.Written> write(List<NoticeEntry> made) {
		return noticeMail.write(made);
	}

	/**
	 * Sends mails written in a transaction that has committed; one that fails goes
	 * back to the hourly check.
	 */
	void sendEach(List<NoticeMail.Written> written) {
		for (NoticeMail.Written mail : written) {
			try {
				noticeMail.send(mail);
			} catch (RuntimeException e) {
				log.warn("Notice {} could not be mailed now; the hourly check will try again", mail.noticeId(), e);
				try {
					noticeMail.release(mail.noticeId());
				} catch (RuntimeException again) {
					log.warn("Notice {} stays marked as mailed", mail.noticeId(), again);
				}
			}
		}
	}

	void mailEach(List<Long> noticeIds) {
		for (Long id : noticeIds) {
			try {
				noticeMail.mailAtOnce(id);
			} catch (RuntimeException e) {
				log.warn("Notice {} could not be mailed now; the hourly check will try again", id, e);
			}
		}
	}
}

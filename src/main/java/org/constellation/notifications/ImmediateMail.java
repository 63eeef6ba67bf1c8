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

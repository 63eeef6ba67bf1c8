package org.constellation.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * For test classes whose application sends its mail to a real SMTP server
 * (GreenMail): one server for the whole test run, and one application for every
 * class that extends this (the same property source makes the same test
 * context). Read mail by its recipient or subject: other classes' mail is there
 * too.
 */
public abstract class WithMailServer {

	protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
		Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop));
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("constellation.mail.delivery", () -> "smtp");
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}
}

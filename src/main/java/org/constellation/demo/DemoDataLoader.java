package org.constellation.demo;

import java.util.Comparator;
import java.util.List;
import org.constellation.people.AccountService;
import org.constellation.people.ProfileService;
import org.constellation.people.ReportingLineService;
import org.constellation.portfolio.Portfolio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo constellation into an empty database.
 * {@code constellation.demo-data} turns it on or off; left unset it is on with
 * the embedded database and off with any other.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final Portfolio portfolio;
	private final AccountService accounts;
	private final ProfileService profiles;
	private final ReportingLineService reportingLines;
	private final PasswordEncoder passwords;
	private final String setting;
	private final String url;
	private final List<DemoSeed> seeds;

	DemoDataLoader(Portfolio portfolio, AccountService accounts, ProfileService profiles,
			ReportingLineService reportingLines, PasswordEncoder passwords, List<DemoSeed> seeds,
			@Value("${constellation.demo-data:}") String setting, @Value("${spring.datasource.url:}") String url) {
		this.portfolio = portfolio;
		this.accounts = accounts;
		this.profiles = profiles;
		this.reportingLines = reportingLines;
		this.passwords = passwords;
		this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
		this.setting = setting;
		this.url = url;
	}

	boolean enabled() {
		return setting.isBlank() ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(setting);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled() && !accounts.hasAccounts()) {
			new DemoConstellation(portfolio, accounts, profiles, reportingLines, passwords).load();
			for (DemoSeed seed : seeds) {
				long started = System.nanoTime();
				seed.seed();
				log.info("Demo {} in {} ms", seed.getClass().getSimpleName(),
						(System.nanoTime() - started) / 1_000_000);
			}
		}
	}
}

package org.constellation.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeZonesTests {

	@Test
	void aPlacesZoneOrUtcPasses() {
		assertThat(TimeZones.check("timeZone", " Europe/Berlin ")).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(TimeZones.check("timeZone", "UTC")).isEqualTo(ZoneId.of("UTC"));
		assertThat(TimeZones.check("timeZone", ZoneId.of("Asia/Tokyo"))).isEqualTo(ZoneId.of("Asia/Tokyo"));
	}

	@Test
	void noZoneIsRefusedNamingTheField() {
		assertRefused(() -> TimeZones.check("timeZone", (String) null), TimeZones.MISSING);
		assertRefused(() -> TimeZones.check("timeZone", "  "), TimeZones.MISSING);
		assertRefused(() -> TimeZones.check("timeZone", (ZoneId) null), TimeZones.MISSING);
	}

	@Test
	void anUnknownZoneOrAFixedOffsetIsRefusedNamingTheField() {
		assertRefused(() -> TimeZones.check("timeZone", "Mars/Olympus_Mons"), TimeZones.UNKNOWN);
		assertRefused(() -> TimeZones.check("timeZone", "+02:00"), TimeZones.UNKNOWN);
		assertRefused(() -> TimeZones.check("timeZone", "Z"), TimeZones.UNKNOWN);
		assertRefused(() -> TimeZones.check("timeZone", ZoneOffset.ofHours(2)), TimeZones.UNKNOWN);
	}

	private static void assertRefused(Runnable check, String message) {
		assertThatThrownBy(check::run).isInstanceOf(InvalidInputException.class).hasMessage(message).extracting("field")
				.isEqualTo("timeZone");
	}
}

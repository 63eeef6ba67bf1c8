package org.constellation.shared.web;

import java.time.ZoneId;
import java.util.List;
import org.constellation.shared.TimeZones;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A time zone as pages take it: a form's field, or a parameter, is a
 * {@link ZoneId}, read from its id by the one converter registered here for
 * binding. What cannot be read at all (no page offers it) leaves the form
 * unbound, refused with 400 naming the field ({@link UnboundForms}); whether a
 * zone that can be read is one a person may choose is the one rule of
 * {@link TimeZones#check}, which names the field as a form shows it.
 */
@Configuration(proxyBeanMethods = false)
public class TimeZoneInput implements WebMvcConfigurer {

	/**
	 * The zones offered in every list: the places' zones, by name; not the
	 * {@code Etc/} offsets nor the old aliases.
	 */
	public static final List<ZoneId> CHOICES = ZoneId.getAvailableZoneIds().stream()
			.filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().map(ZoneId::of)
			.toList();

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new FromId());
	}

	/** The zone of {@code id}, or {@code null} when none is given. */
	public static ZoneId read(String id) {
		return id == null || id.isBlank() ? null : ZoneId.of(id.strip());
	}

	/** The id stored for {@code zone}, or {@code null} when none was given. */
	public static String id(ZoneId zone) {
		return zone == null ? null : zone.getId();
	}

	static final class FromId implements Converter<String, ZoneId> {

		@Override
		public ZoneId convert(String source) {
			return read(source);
		}
	}
}

package org.constellation.gatherings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.modulith.NamedInterface;

/**
 * Writes RFC 5545 calendars: an invite to one gathering, or a person's feed.
 * Each start keeps the zone it was planned in, with that zone's definition
 * included, so a calendar shows it right wherever the reader is.
 */
@NamedInterface(name = "api", propagate = false)
public final class ICalendar {

	public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private ICalendar() {
	}

	public static String write(String name, List<CalendarEvent> events) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Constellation//Gatherings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		Set<String> zones = new LinkedHashSet<>();
		events.forEach(e -> zones.add(e.start().getZone().getId()));
		for (String zone : zones) {
			var timeZone = ZONES.getTimeZone(zone);
			if (timeZone != null) {
				VTimeZone definition = timeZone.getVTimeZone();
				calendar.add(definition);
			}
		}
		events.forEach(e -> calendar.add(event(e)));
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static VEvent event(CalendarEvent e) {
		VEvent event = new VEvent(e.start(), e.duration(), e.summary());
		event.replace(new DtStamp(e.stamp()));
		event.add(new Uid(e.uid()));
		event.add(new Sequence(e.sequence()));
		if (e.description() != null && !e.description().isBlank()) {
			event.add(new Description(e.description()));
		}
		if (e.location() != null && !e.location().isBlank()) {
			event.add(new Location(e.location()));
		}
		if (e.url() != null && !e.url().isBlank()) {
			event.add(new Url(URI.create(e.url())));
		}
		event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}
}

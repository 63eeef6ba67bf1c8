package org.constellation.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;

class TimeZoneInputTests {

	record ZoneForm(String title, ZoneId timeZone) {
	}

	@Test
	void aFormsZoneIsReadFromItsId() {
		assertThat(bind("Europe/Berlin").getTarget()).isEqualTo(new ZoneForm("Circle", ZoneId.of("Europe/Berlin")));
		assertThat(bind(" America/Chicago ").getTarget())
				.isEqualTo(new ZoneForm("Circle", ZoneId.of("America/Chicago")));
		assertThat(bind("UTC").getTarget()).isEqualTo(new ZoneForm("Circle", ZoneId.of("UTC")));
	}

	@Test
	void noZoneGivenIsNone() {
		ServletRequestDataBinder binder = bind("");
		assertThat(binder.getBindingResult().hasErrors()).isFalse();
		assertThat(binder.getTarget()).isEqualTo(new ZoneForm("Circle", null));
	}

	/** Refused with 400 naming the field, for every form at once (UnboundForms). */
	@Test
	void aZoneThatCannotBeReadLeavesTheFormUnboundNamingTheField() {
		ServletRequestDataBinder binder = bind("Mars/Olympus_Mons");
		assertThat(binder.getBindingResult().getTarget()).isNull();
		assertThat(binder.getBindingResult().getFieldError("timeZone")).isNotNull();
	}

	@Test
	void theListOffersPlacesZonesByName() {
		assertThat(TimeZoneInput.CHOICES).contains(ZoneId.of("Europe/Berlin"), ZoneId.of("America/Chicago"))
				.doesNotContain(ZoneId.of("UTC"), ZoneId.of("Etc/GMT+2"));
		assertThat(TimeZoneInput.CHOICES.stream().map(ZoneId::getId).toList()).isSorted();
	}

	@Test
	void aZoneIsStoredAsItsId() {
		assertThat(TimeZoneInput.id(ZoneId.of("Asia/Tokyo"))).isEqualTo("Asia/Tokyo");
		assertThat(TimeZoneInput.id(null)).isNull();
		assertThat(TimeZoneInput.read(" ")).isNull();
	}

	private static ServletRequestDataBinder bind(String zone) {
		FormattingConversionService conversions = new FormattingConversionService();
		new TimeZoneInput().addFormatters(conversions);
		ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(ZoneForm.class));
		binder.setConversionService(conversions);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
		request.addParameter("title", "Circle");
		request.addParameter("timeZone", zone);
		binder.construct(request);
		return binder;
	}
}

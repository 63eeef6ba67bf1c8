package org.constellation.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class FormsTests {

	record NameForm(String name, Long version) {
	}

	record Saved(long id, String name) {
	}

	private final NameForm form = new NameForm("Circle", 3L);
	private final BindingResult errors = new BeanPropertyBindingResult(form, "form");
	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
	private final AtomicInteger runs = new AtomicInteger();

	@Test
	void doneSaysSoAndRedirectsWithWhatTheActionReturned() {
		String view = Forms.submit(errors, () -> new Saved(7, "Circle"))
				.flash(redirect, saved -> new Flash("flash.saved", saved.name()))
				.redirectTo(saved -> "/circles/" + saved.id()).orShow(() -> "form");

		assertThat(view).isEqualTo("redirect:/circles/7");
		assertThat((Flash) redirect.getFlashAttributes().get("flash")).satisfies(flash -> {
			assertThat(flash.key()).isEqualTo("flash.saved");
			assertThat(flash.args()).containsExactly("Circle");
		});
	}

	@Test
	void anActionWithoutResultTakesAFixedConfirmationAndAddress() {
		String view = Forms.submit(errors, runs::incrementAndGet).flash(redirect, new Flash("flash.saved"))
				.redirectTo("/circles").orShow(() -> "form");

		assertThat(view).isEqualTo("redirect:/circles");
		assertThat(runs).hasValue(1);
		assertThat(redirect.getFlashAttributes()).containsKey("flash");
	}

	@Test
	void noConfirmationWhenThereIsNoneToGive() {
		String view = Forms.submit(errors, () -> {
		}).flash(redirect, (Flash) null).redirectTo("/next-step").orShow(() -> "form");

		assertThat(view).isEqualTo("redirect:/next-step");
		assertThat(redirect.getFlashAttributes()).isEmpty();

		assertThat(Forms.submit(errors, () -> {
		}).redirectTo("/without-flash").orShow(() -> "form")).isEqualTo("redirect:/without-flash");
	}

	@Test
	void errorsFoundByTheFormsOwnChecksShowItAgainWithoutRunningTheAction() {
		errors.rejectValue("name", "required", "Give it a name");

		String view = Forms.submit(errors, runs::incrementAndGet).flash(redirect, new Flash("flash.saved"))
				.redirectTo("/circles").orShow(refused -> {
					assertThat(refused).isNull();
					return "form";
				});

		assertThat(view).isEqualTo("form");
		assertThat(runs).hasValue(0);
		assertThat(redirect.getFlashAttributes()).isEmpty();
		assertThat(errors.getFieldError("name").getDefaultMessage()).isEqualTo("Give it a name");
	}

	@Test
	void aRuleThatRefusesGoesNextToItsFieldAndTheFormComesBack() {
		String view = Forms.submit(errors, () -> {
			throw new InvalidInputException("name", "This name is taken");
		}).flash(redirect, new Flash("flash.saved")).redirectTo("/circles").orShow(() -> "form");

		assertThat(view).isEqualTo("form");
		assertThat(redirect.getFlashAttributes()).isEmpty();
		assertThat(errors.getFieldError("name").getDefaultMessage()).isEqualTo("This name is taken");
	}

	@Test
	void aConflictWithoutAFieldOfTheFormIsSaidAboveIt() {
		ConflictException conflict = new ConflictException("invitees", "Someone is already invited");

		String view = Forms.submit(errors, () -> {
			throw conflict;
		}).redirectTo("/circles").orShow(refused -> {
			assertThat(refused).isSameAs(conflict);
			return "form";
		});

		assertThat(view).isEqualTo("form");
		assertThat(errors.getGlobalError().getDefaultMessage()).isEqualTo("Someone is already invited");
	}

	@Test
	void aRefusalFoundWhileConfirmingIsARefusalToo() {
		String view = Forms.submit(errors, () -> new Saved(7, "Circle")).flash(redirect, saved -> {
			throw new InvalidInputException("name", "Gone meanwhile");
		}).redirectTo("/circles").orShow(() -> "form");

		assertThat(view).isEqualTo("form");
		assertThat(errors.getFieldError("name").getDefaultMessage()).isEqualTo("Gone meanwhile");
	}

	@Test
	void aPageMayPutARefusalElsewhere() {
		String view = Forms.submit(errors, () -> {
			throw new InvalidInputException("invitees", "Invite someone");
		}).redirectTo("/circles").onRefusal(e -> errors.rejectValue("name", "rule", e.getMessage()))
				.orShow(() -> "form");

		assertThat(view).isEqualTo("form");
		assertThat(errors.getFieldError("name").getDefaultMessage()).isEqualTo("Invite someone");
	}

	@Test
	void whatIsNotThePersonsToFixPropagates() {
		assertThatThrownBy(() -> Forms.submit(errors, () -> {
			throw new ForbiddenException("Not yours");
		}).redirectTo("/circles").orShow(() -> "form")).isInstanceOf(ForbiddenException.class);
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void aStaleEditPropagatesUnlessThePageSaysWhatToShow() {
		Runnable stale = () -> {
			throw new OptimisticLockingFailureException("changed meanwhile");
		};
		assertThatThrownBy(() -> Forms.submit(errors, stale).redirectTo("/circles").orShow(() -> "form"))
				.isInstanceOf(OptimisticLockingFailureException.class);

		ExtendedModelMap model = new ExtendedModelMap();
		String view = Forms.submit(errors, stale).flash(redirect, new Flash("flash.saved")).redirectTo("/circles")
				.onStale(() -> StaleEdit.formAgain(model, errors, "Changed meanwhile", "form",
						new NameForm(form.name(), 4L)))
				.orShow(() -> "form");

		assertThat(view).isEqualTo("form");
		assertThat(redirect.getFlashAttributes()).isEmpty();
		assertThat(((NameForm) model.get("form")).version()).isEqualTo(4L);
		BindingResult again = (BindingResult) model.get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(again.getGlobalError().getCode()).isEqualTo(StaleEdit.CODE);
	}

	@Test
	void aSubmissionNeedsSomewhereToGo() {
		assertThatThrownBy(() -> Forms.submit(errors, runs::incrementAndGet).orShow(() -> "form"))
				.isInstanceOf(IllegalStateException.class);
		assertThat(runs).hasValue(0);
	}
}

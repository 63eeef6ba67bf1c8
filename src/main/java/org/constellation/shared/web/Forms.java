package org.constellation.shared.web;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every page form does once it is posted, in one place: when the form's
 * own checks found nothing, the action runs; done, it says so in a short
 * confirmation ({@link Flash}) and redirects; refused by a domain rule
 * ({@link InvalidInputException}, {@link ConflictException}), the refusal goes
 * next to its field ({@link FormErrors}) and the form is shown again with what
 * was typed. Anything else is not the person's to fix and propagates.
 *
 * <pre>{@code
 * return Forms.submit(errors, () -> works.propose(me, id, form.toDraft()))
 * 		.flash(redirect, work -> new Flash("repertoire.flash.work.proposed", work.title()))
 * 		.redirectTo(work -> "/practice-work/" + work.id()).orShow(() -> form(me, id, null, model));
 * }</pre>
 *
 * An edit made from an outdated version
 * ({@link OptimisticLockingFailureException}) propagates unless the page says
 * what to show instead with {@link Submission#onStale}, usually
 * {@link StaleEdit#formAgain}.
 */
public final class Forms {

	private Forms() {
	}

	/** An action whose result the confirmation or the next address needs. */
	public static <T> Submission<T> submit(BindingResult errors, Supplier<T> action) {
		return new Submission<>(errors, action);
	}

	/** An action with nothing to return. */
	public static Submission<Void> submit(BindingResult errors, Runnable action) {
		Objects.requireNonNull(action, "action");
		return new Submission<>(errors, () -> {
			action.run();
			return null;
		});
	}

	/**
	 * One posted form, described by the calls after {@link Forms#submit} and run by
	 * {@link #orShow}.
	 */
	public static final class Submission<T> {

		private final BindingResult errors;
		private final Supplier<T> action;
		private RedirectAttributes redirect;
		private Function<? super T, Flash> flash;
		private Function<? super T, String> target;
		private Runnable stale;
		private Consumer<RuntimeException> refusal;

		private Submission(BindingResult errors, Supplier<T> action) {
			this.errors = Objects.requireNonNull(errors, "errors");
			this.action = Objects.requireNonNull(action, "action");
			this.refusal = e -> FormErrors.reject(errors, e);
		}

		/** The confirmation shown after the redirect. */
		public Submission<T> flash(RedirectAttributes redirect, Flash flash) {
			return flash(redirect, done -> flash);
		}

		/**
		 * The confirmation made from what the action returned; {@code null} shows none.
		 */
		public Submission<T> flash(RedirectAttributes redirect, Function<? super T, Flash> flash) {
			this.redirect = Objects.requireNonNull(redirect, "redirect");
			this.flash = Objects.requireNonNull(flash, "flash");
			return this;
		}

		/** Where to go once done: a path such as {@code /portfolio/levels}. */
		public Submission<T> redirectTo(String path) {
			Objects.requireNonNull(path, "path");
			return redirectTo(done -> path);
		}

		/** Where to go once done, from what the action returned. */
		public Submission<T> redirectTo(Function<? super T, String> path) {
			this.target = Objects.requireNonNull(path, "path");
			return this;
		}

		/**
		 * What to put in the model when someone else saved the same thing meanwhile;
		 * the form is then shown again. Without it such an edit propagates.
		 */
		public Submission<T> onStale(Runnable stale) {
			this.stale = Objects.requireNonNull(stale, "stale");
			return this;
		}

		/**
		 * Instead of {@link FormErrors#reject}, what a refusal by a domain rule does to
		 * the form (for a rule that names a field the form calls otherwise). It may
		 * rethrow what the form cannot show.
		 */
		public Submission<T> onRefusal(Consumer<RuntimeException> refusal) {
			this.refusal = Objects.requireNonNull(refusal, "refusal");
			return this;
		}

		/**
		 * Runs the action unless the form's own checks found errors; returns the
		 * redirect, or else the view of {@code page}, the form shown again.
		 */
		public String orShow(Supplier<String> page) {
			Objects.requireNonNull(page, "page");
			return orShow(refused -> page.get());
		}

		/**
		 * The same, for a page that differs after a refusal: {@code page} is given the
		 * rule's exception, or {@code null} when the form's own checks or a stale
		 * version stopped it.
		 */
		public String orShow(Function<RuntimeException, String> page) {
			Objects.requireNonNull(page, "page");
			if (target == null) {
				throw new IllegalStateException("A form's submission needs the address to go to once done");
			}
			RuntimeException refused = null;
			if (!errors.hasErrors()) {
				try {
					T done = action.get();
					if (flash != null) {
						Flash confirmation = flash.apply(done);
						if (confirmation != null) {
							redirect.addFlashAttribute("flash", confirmation);
						}
					}
					return "redirect:" + target.apply(done);
				} catch (OptimisticLockingFailureException e) {
					if (stale == null) {
						throw e;
					}
					stale.run();
				} catch (InvalidInputException | ConflictException e) {
					refusal.accept(e);
					refused = e;
				}
			}
			return page.apply(refused);
		}
	}
}

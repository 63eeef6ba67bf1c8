package org.constellation.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Shows a form again after someone else saved the same thing meanwhile: the
 * person's typing with the version now stored, and the message saying what
 * happened. The page answers 409 ({@link StaleEditStatus}).
 */
public final class StaleEdit {

	/**
	 * The error code of an edit made from an outdated version; a message key ending
	 * in {@code .stale} counts too.
	 */
	public static final String CODE = "stale";

	private StaleEdit() {
	}

	/**
	 * Puts {@code form} (what was typed, carrying the stored version) in the model
	 * under {@code name} with {@code message} and the errors already found:
	 * replacing a model attribute drops the errors bound to the old one.
	 */
	public static void formAgain(Model model, BindingResult errors, String message, String name, Object form) {
		BindingResult again = bind(model, name, form);
		again.addAllErrors(errors);
		again.reject(CODE, message);
	}

	/** The same, with the message taken from the bundles by its key. */
	public static void formAgain(Model model, String messageKey, String name, Object form) {
		bind(model, name, form).reject(messageKey);
	}

	static boolean isStale(String code) {
		return CODE.equals(code) || code != null && code.endsWith("." + CODE);
	}

	private static BindingResult bind(Model model, String name, Object form) {
		BindingResult again = new BeanPropertyBindingResult(form, name);
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, again);
		return again;
	}
}

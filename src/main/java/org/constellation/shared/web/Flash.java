package org.constellation.shared.web;

import java.io.Serializable;

/**
 * A short confirmation shown after an action, as a message key of
 * {@code i18n/*.properties} with its arguments, so that it is translated like
 * every other text on the page.
 */
public record Flash(String key, Object... args) implements Serializable {
}

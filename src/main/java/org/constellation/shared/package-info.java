/**
 * The few things every module needs: the web layout and error handling,
 * Markdown rendering, the clock and the exceptions that the web and API layers
 * turn into clear answers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.constellation.shared;

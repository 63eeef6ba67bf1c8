/**
 * What every module's pages use: one-time messages after a redirect, form
 * errors, dates in the reader's zone and the answer to a stale edit. Part of
 * the shared module's API as a whole, so that a helper added here is usable at
 * once; the request filters and advice here are package-private.
 */
@org.springframework.modulith.NamedInterface("api")
package org.constellation.shared.web;

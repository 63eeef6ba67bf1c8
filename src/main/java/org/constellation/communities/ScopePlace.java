package org.constellation.communities;

/** A place a community is scoped to, with its level of scale. */
public record ScopePlace(Long id, String name, String level) {
}

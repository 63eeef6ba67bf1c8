package org.constellation.journeys;

/** A stage reflection with the stage's name, for the table beside the chart. */
public record ReflectionView(StageReflection reflection, String stageName, boolean transition) {
}

package org.constellation.formation;

import org.constellation.support.OnH2;

/** {@link FormationRunsLeftBehindIT} again, on the embedded H2 database. */
@OnH2
class FormationRunsLeftBehindOnH2IT extends FormationRunsLeftBehindIT {
}

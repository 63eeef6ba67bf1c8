package org.constellation.formation;

import org.constellation.support.OnH2;

/** {@link FormationCohortIT} again, on the embedded H2 database. */
@OnH2
class FormationCohortOnH2IT extends FormationCohortIT {
}

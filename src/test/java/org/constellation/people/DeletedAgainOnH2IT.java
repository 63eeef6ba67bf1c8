package org.constellation.people;

import org.constellation.support.OnH2;

/** {@link DeletedAgainIT} again, on the embedded H2 database. */
@OnH2
class DeletedAgainOnH2IT extends DeletedAgainIT {
}

package org.constellation.constellation;

import org.constellation.support.OnH2;

/** {@link ConstellationApiIT} again, on the embedded H2 database. */
@OnH2
class ConstellationApiOnH2IT extends ConstellationApiIT {
}

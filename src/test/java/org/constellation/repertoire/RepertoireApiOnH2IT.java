package org.constellation.repertoire;

import org.constellation.support.OnH2;

/** {@link RepertoireApiIT} again, on the embedded H2 database. */
@OnH2
class RepertoireApiOnH2IT extends RepertoireApiIT {
}

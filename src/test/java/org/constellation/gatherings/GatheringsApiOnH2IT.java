package org.constellation.gatherings;

import org.constellation.support.OnH2;

/** {@link GatheringsApiIT} again, on the embedded H2 database. */
@OnH2
class GatheringsApiOnH2IT extends GatheringsApiIT {
}

package org.constellation.constellation;

import org.constellation.support.OnH2;

/** {@link SnapshotsIT} again, on the embedded H2 database. */
@OnH2
class SnapshotsOnH2IT extends SnapshotsIT {
}

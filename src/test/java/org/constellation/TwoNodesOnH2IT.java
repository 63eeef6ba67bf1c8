package org.constellation;

import org.constellation.support.OnH2;

/** {@link TwoNodesIT} again, on the embedded H2 database. */
@OnH2
class TwoNodesOnH2IT extends TwoNodesIT {
}

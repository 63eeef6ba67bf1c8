package org.constellation.communities;

import org.constellation.support.OnH2;

/** {@link CommunitiesApiIT} again, on the embedded H2 database. */
@OnH2
class CommunitiesApiOnH2IT extends CommunitiesApiIT {
}

package org.constellation.communities;

import org.constellation.support.OnH2;

/** {@link CommunitySearchIT} again, on the embedded H2 database. */
@OnH2
class CommunitySearchOnH2IT extends CommunitySearchIT {
}

package org.constellation.partnerships;

import org.constellation.support.OnH2;

/** {@link PartnershipsApiIT} again, on the embedded H2 database. */
@OnH2
class PartnershipsApiOnH2IT extends PartnershipsApiIT {
}

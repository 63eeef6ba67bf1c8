package org.constellation.people;

import org.constellation.support.OnH2;

/** {@link RateLimitsIT} again, on the embedded H2 database. */
@OnH2
class RateLimitsOnH2IT extends RateLimitsIT {
}

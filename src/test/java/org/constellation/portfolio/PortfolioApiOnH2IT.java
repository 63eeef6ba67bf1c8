package org.constellation.portfolio;

import org.constellation.support.OnH2;

/** {@link PortfolioApiIT} again, on the embedded H2 database. */
@OnH2
class PortfolioApiOnH2IT extends PortfolioApiIT {
}

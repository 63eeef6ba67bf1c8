package org.constellation.people;

import org.constellation.support.OnH2;

/** {@link HomeBrowserIT} again, on the embedded H2 database. */
@OnH2
class HomeBrowserOnH2IT extends HomeBrowserIT {
}

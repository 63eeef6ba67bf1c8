package org.constellation.people;

import org.constellation.support.OnH2;

/** {@link YourDataApiIT} again, on the embedded H2 database. */
@OnH2
class YourDataApiOnH2IT extends YourDataApiIT {
}

package org.constellation.people;

import org.constellation.support.OnH2;

/** {@link PeopleApiIT} again, on the embedded H2 database. */
@OnH2
class PeopleApiOnH2IT extends PeopleApiIT {
}

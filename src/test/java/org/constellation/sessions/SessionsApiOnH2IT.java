package org.constellation.sessions;

import org.constellation.support.OnH2;

/** {@link SessionsApiIT} again, on the embedded H2 database. */
@OnH2
class SessionsApiOnH2IT extends SessionsApiIT {
}

package org.constellation.conversations;

import org.constellation.support.OnH2;

/** {@link ConversationsApiIT} again, on the embedded H2 database. */
@OnH2
class ConversationsApiOnH2IT extends ConversationsApiIT {
}

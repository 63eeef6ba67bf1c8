package org.constellation.gatherings;

import org.constellation.support.OnH2;

/** {@link GatheringRemindersIT} again, on the embedded H2 database. */
@OnH2
class GatheringRemindersOnH2IT extends GatheringRemindersIT {
}

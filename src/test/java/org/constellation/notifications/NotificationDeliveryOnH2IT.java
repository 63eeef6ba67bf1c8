package org.constellation.notifications;

import org.constellation.support.OnH2;

/** {@link NotificationDeliveryIT} again, on the embedded H2 database. */
@OnH2
class NotificationDeliveryOnH2IT extends NotificationDeliveryIT {
}

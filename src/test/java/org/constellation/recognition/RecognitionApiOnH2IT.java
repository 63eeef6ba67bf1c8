package org.constellation.recognition;

import org.constellation.support.OnH2;

/** {@link RecognitionApiIT} again, on the embedded H2 database. */
@OnH2
class RecognitionApiOnH2IT extends RecognitionApiIT {
}

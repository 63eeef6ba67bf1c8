package org.constellation.recognition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * An endorsement as a sponsor writes it: whom, what they recognise, and the
 * support they offer (a short text, and a kind if one fits).
 */
@NamedInterface(name = "api", propagate = false)
public record EndorsementDraft(@NotNull(message = "Choose the social artist you endorse") Long socialArtistId,
		@Size(max = Endorsement.NOTE_MAX) String note, @Size(max = Endorsement.SUPPORT_MAX) String support,
		SupportKind supportKind) {
}

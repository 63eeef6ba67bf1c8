package org.constellation.partnerships;

/**
 * A person's place in a partnership. Only {@code ACTIVE} partners hold a seat.
 */
public enum PartnerStatus {
	INVITED, REQUESTED, ACTIVE, DECLINED, LEFT
}

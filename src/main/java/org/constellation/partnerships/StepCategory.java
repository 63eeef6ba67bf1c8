package org.constellation.partnerships;

/** What an opening step establishes. */
public enum StepCategory {
	CONTEXT, RULES, BOUNDARIES, TENETS, INFRASTRUCTURE, TRUST
}

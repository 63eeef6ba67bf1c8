package org.constellation.journeys.web;

/** A form of one text: a bewilderment, or a note on coming back to one. */
public record TextForm(String text) {

	static TextForm blank() {
		return new TextForm("");
	}
}

package org.constellation.partnerships;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of frames side by side, and what changed between them word by
 * word. The difference is a list of pieces of plain text, each kept, removed or
 * added, so a page marks them with {@code <del>} and {@code <ins>} while the
 * text itself stays escaped.
 */
public record FrameComparison(Frame from, Frame to, List<Piece> changes) {

	public enum Kind {
		KEPT, REMOVED, ADDED
	}

	public record Piece(Kind kind, String text) {

		public boolean isKept() {
			return kind == Kind.KEPT;
		}

		public boolean isRemoved() {
			return kind == Kind.REMOVED;
		}

		public boolean isAdded() {
			return kind == Kind.ADDED;
		}
	}

	/** Words and the spaces between them, so that line breaks survive the diff. */
	private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

	static FrameComparison of(Frame from, Frame to) {
		return new FrameComparison(from, to, words(from.getBody(), to.getBody()));
	}

	/** The word-level difference from {@code before} to {@code after}. */
	public static List<Piece> words(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		List<Piece> pieces = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			int start = delta.getSource().getPosition();
			add(pieces, Kind.KEPT, a.subList(position, start));
			add(pieces, Kind.REMOVED, delta.getSource().getLines());
			add(pieces, Kind.ADDED, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		add(pieces, Kind.KEPT, a.subList(position, a.size()));
		return List.copyOf(pieces);
	}

	/** True when nothing was added or removed. */
	public boolean isSame() {
		return changes.stream().allMatch(Piece::isKept);
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher m = TOKENS.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	/** Joins with the piece before when it is of the same kind. */
	private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		if (!pieces.isEmpty() && pieces.getLast().kind() == kind) {
			text = pieces.removeLast().text() + text;
		}
		pieces.add(new Piece(kind, text));
	}
}

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
		return List.copyOf(joinRuns(pieces));
	}

	/**
	 * Reads "the students" → "every family" as one change, not two changes split by
	 * a kept space: a space alone between changes joins the run.
	 */
	private static List<Piece> joinRuns(List<Piece> pieces) {
		List<Piece> joined = new ArrayList<>();
		StringBuilder removed = new StringBuilder();
		StringBuilder added = new StringBuilder();
		for (int i = 0; i < pieces.size(); i++) {
			Piece piece = pieces.get(i);
			boolean inRun = !removed.isEmpty() || !added.isEmpty();
			if (piece.kind() == Kind.REMOVED) {
				removed.append(piece.text());
			} else if (piece.kind() == Kind.ADDED) {
				added.append(piece.text());
			} else if (inRun && piece.text().isBlank() && i + 1 < pieces.size()) {
				if (!removed.isEmpty()) {
					removed.append(piece.text());
				}
				if (!added.isEmpty()) {
					added.append(piece.text());
				}
			} else {
				flush(joined, removed, added);
				joined.add(piece);
			}
		}
		flush(joined, removed, added);
		return joined;
	}

	private static void flush(List<Piece> joined, StringBuilder removed, StringBuilder added) {
		if (!removed.isEmpty()) {
			joined.add(new Piece(Kind.REMOVED, removed.toString()));
			removed.setLength(0);
		}
		if (!added.isEmpty()) {
			joined.add(new Piece(Kind.ADDED, added.toString()));
			added.setLength(0);
		}
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

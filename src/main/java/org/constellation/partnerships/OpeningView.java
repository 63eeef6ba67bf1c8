package org.constellation.partnerships;

import java.util.List;

/**
 * The opening as a partner sees it: every step with what was said, where the
 * partnership is, and the viewer's own trust answer. Others' trust answers are
 * never told: each answers privately, and partners learn only whether everyone
 * is ready (in a pair or a trio, a count would say who is not).
 */
public record OpeningView(Partnership partnership, String scriptName, int scriptVersion, List<StepView> steps,
		int partnerCount, boolean allStepsDone, Trust myTrust, boolean iAffirmedTenets, boolean everyoneReady,
		Integer revisitStep) {

	/** One step: its question, what was said, and what it waits for. */
	public record StepView(OpeningStep step, List<AnswerView> answers, boolean done, boolean current, boolean open,
			boolean firstMoveMade, boolean iAnswered, List<String> waitingFor) {

		public boolean waitsForFirstMove() {
			return step.getMove() == Move.FIRST_MOVE && !firstMoveMade;
		}
	}

	public record AnswerView(long id, long practitionerId, String name, boolean firstMove, String bodyHtml,
			java.time.Instant createdAt) {
	}

	public StepView currentStep() {
		return steps.stream().filter(StepView::current).findFirst().orElse(null);
	}
}

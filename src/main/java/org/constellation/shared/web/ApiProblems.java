package org.constellation.shared.web;

import java.util.List;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into RFC 9457 problem+json that names the
 * field at fault, so a client can show the person what to fix. Pages have their
 * own handling (forms and error pages).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	record FieldProblem(String field, String message) {
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
				.map(e -> new FieldProblem(e.getField(), e.getDefaultMessage())).toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", describe(errors));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * JSON that does not fit (a word where a number goes, an unknown choice) names
	 * the field it stopped at.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = null;
		if (ex.getCause() instanceof tools.jackson.databind.DatabindException bad && !bad.getPath().isEmpty()) {
			field = bad.getPath().stream()
					.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
					.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
		}
		String message = field == null
				? "The request body is not valid JSON of the expected shape"
				: ex.getCause() instanceof tools.jackson.databind.exc.InvalidNullException
						? "A list cannot hold null: leave the entry out"
						: "This value does not fit here";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				field == null ? message : field + ": " + message);
		if (field != null) {
			problem.setProperty("errors", List.of(new FieldProblem(field, message)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults().stream()
				.flatMap(r -> r.getResolvableErrors().stream()
						.map(e -> new FieldProblem(
								e instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(),
								e.getDefaultMessage())))
				.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", describe(errors));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return withField(problem(HttpStatus.BAD_REQUEST, "Invalid input",
				"'" + ex.getName() + "' has a value that is not understood"), ex.getName());
	}

	@ExceptionHandler(PropertyReferenceException.class)
	ProblemDetail unknownSort(PropertyReferenceException ex) {
		return withField(problem(HttpStatus.BAD_REQUEST, "Invalid input",
				"Lists cannot be sorted by '" + ex.getPropertyName() + "'"), "sort");
	}

	/**
	 * A {@code sort} the query cannot use (an unknown property, or something that
	 * is not a property name at all) is the caller's mistake, not the server's. Any
	 * other misuse of the data layer stays a server error.
	 */
	@ExceptionHandler(InvalidDataAccessApiUsageException.class)
	ResponseEntity<ProblemDetail> unusableSort(InvalidDataAccessApiUsageException ex, WebRequest request) {
		String[] sort = request.getParameterValues("sort");
		if (sort == null) {
			throw ex;
		}
		return ResponseEntity.badRequest().body(withField(problem(HttpStatus.BAD_REQUEST, "Invalid input",
				"Lists cannot be sorted by '" + String.join("', '", sort) + "'"), "sort"));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return withField(problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage()), ex.field());
	}

	@ExceptionHandler(org.constellation.shared.BadQueryException.class)
	ResponseEntity<ProblemDetail> badQuery(org.constellation.shared.BadQueryException ex) {
		return ResponseEntity.badRequest()
				.body(withField(problem(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage()), ex.field()));
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return withField(problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", ex.getMessage()), ex.field());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleEdit(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Changed meanwhile",
				"Someone else saved a change to this at the same time. Reload it, then make your change again.");
	}

	/**
	 * A row another request held locked for longer than the database waits (H2
	 * gives up after a second): the same answer as a stale edit, never a server
	 * error.
	 */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ProblemDetail busy(PessimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Changed meanwhile",
				"Someone else was changing this at the same moment. Reload it, then make your change again.");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict",
				"This clashes with something already stored (a duplicate, or an item still in use).");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static ProblemDetail withField(ProblemDetail problem, String field) {
		if (field != null) {
			problem.setProperty("errors", List.of(new FieldProblem(field, problem.getDetail())));
		}
		return problem;
	}

	private static String describe(List<FieldProblem> errors) {
		return errors.isEmpty()
				? "The request is not valid"
				: errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
	}

}

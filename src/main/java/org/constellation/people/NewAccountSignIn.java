package org.constellation.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in the person who has just signed up, as the sign-in form would: the
 * session gets a new id (so an id planted before cannot ride on the new
 * account), the CSRF token is renewed, and the signed-in context is kept in the
 * session, so the next page knows them.
 */
@Component
public class NewAccountSignIn {

	private final AccountService accounts;
	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final SessionAuthenticationStrategy session = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(),
					new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

	NewAccountSignIn(AccountService accounts) {
		this.accounts = accounts;
	}

	public void signIn(Practitioner created, HttpServletRequest request, HttpServletResponse response) {
		Account account = accounts.account(created.getAccountId());
		AccountPrincipal principal = accounts.principal(account);
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		// a session exists already: the sign-up form's CSRF token is kept in it
		request.getSession();
		session.onAuthentication(authentication, request, response);
		var context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		accounts.signedIn(account.getEmail());
	}
}

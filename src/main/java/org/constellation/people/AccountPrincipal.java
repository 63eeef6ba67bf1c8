package org.constellation.people;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.constellation.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who is signed in: the account, its practitioner and its roles. Kept small: it
 * lives in the session.
 */
@NamedInterface(name = "api", propagate = false)
public record AccountPrincipal(Long accountId, Long practitionerId, String email, Set<Role> roles, String passwordHash,
		boolean locked) implements UserDetails, Serializable {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/**
	 * Members and stewards see other practitioners; a sponsor alone sees aggregates
	 * only.
	 */
	public boolean seesPeople() {
		return has(Role.MEMBER) || has(Role.STEWARD);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	/**
	 * This person's own practitioner id, for reading or changing what is theirs
	 * (profile, reporting lines, "do not match me with" list): 404 for an account
	 * without a profile.
	 */
	Long ownProfileId() {
		if (practitionerId == null) {
			throw new NotFoundException("Your practitioner profile");
		}
		return practitionerId;
	}

	/** The copy kept in the session carries no password hash. */
	AccountPrincipal withoutPassword() {
		return new AccountPrincipal(accountId, practitionerId, email, roles, null, locked);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + accountId + "]";
	}
}

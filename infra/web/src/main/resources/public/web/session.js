/**
 * A signed-in user's token, kept in sessionStorage (gone when the tab closes) under the page's own
 * name, and its claims, read only to choose the view: the server checks the token's scope on every
 * call.
 */

function decodePart(part) {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The claims of a JWT's payload, or null when it is not a readable JWT. */
export function claimsOf(token) {
  const parts = (token || '').split('.');
  if (parts.length !== 3) {
    return null;
  }
  try {
    return decodePart(parts[1]);
  } catch (unreadable) {
    return null;
  }
}

/** The session of one page, stored under `${name}.token` and `${name}.lang`. */
export function sessionStore(name) {
  const TOKEN = `${name}.token`;
  const LANGUAGE = `${name}.lang`;

  function endSession() {
    sessionStorage.removeItem(TOKEN);
  }

  return {
    /** The current session, or null; an expired token is dropped and reported as {expired: true}. */
    currentSession() {
      const token = sessionStorage.getItem(TOKEN);
      if (!token) {
        return null;
      }
      const claims = claimsOf(token);
      if (!claims) {
        endSession();
        return null;
      }
      if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
        endSession();
        return { expired: true };
      }
      const roles = Array.isArray(claims.roles) ? claims.roles : [];
      return {
        token,
        name: claims.sub || '',
        roles,
        municipality: claims.municipality || null,
        network: claims.network || null,
      };
    },
    startSession(token) {
      sessionStorage.setItem(TOKEN, token);
    },
    endSession,
    token() {
      return sessionStorage.getItem(TOKEN);
    },
    /** The language the user chose on this tab, if any. */
    chosenLanguage() {
      return sessionStorage.getItem(LANGUAGE);
    },
    chooseLanguage(lang) {
      sessionStorage.setItem(LANGUAGE, lang);
    },
  };
}

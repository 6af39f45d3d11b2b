/**
 * The HR console: signs in (the same POST /api/login as the results page), then shows the
 * municipality's units, its surveys with their live response rates, and the new-survey wizard;
 * switches language without losing the view, and goes back to sign-in when the token is refused.
 */
import { el } from '../web/dom.js';
import { languageSwitch } from '../web/languages.js';
import { LANGUAGES, t, failure } from './strings.js';
import { consoleApi, session } from './api.js';
import { unitsView } from './units.js';
import { roundsView, roundView } from './rounds.js';
import { wizardView } from './wizard.js';

const main = document.getElementById('main');
const sessionBox = document.getElementById('session');
const brand = document.getElementById('brand');
const requested = new URLSearchParams(window.location.search).get('lang');
const shellLanguage = LANGUAGES.find((code) => code === document.documentElement.lang) || 'nb';
const stored = session.chosenLanguage();

const app = {
  main,
  lang: LANGUAGES.includes(requested) ? requested : LANGUAGES.includes(stored) ? stored : shellLanguage,
  explicit: LANGUAGES.includes(requested) || LANGUAGES.includes(stored),
  view: null,
  municipality: null,
  links: { results: null },
  api: null,
  /** Moves to a view of the signed-in municipality: units, rounds, round/{id} or new. */
  go(hash) {
    if (window.location.hash !== `#${hash}`) {
      window.location.hash = hash;
    } else {
      route();
    }
  },
  /** The municipality's målform, unless the user has chosen a language. */
  defaultLanguage(lang) {
    if (!app.explicit && LANGUAGES.includes(lang) && lang !== app.lang) {
      setLanguage(lang);
    }
  },
  isCurrent(view) {
    return app.view === view;
  },
};
app.api = consoleApi(() => signIn('expired'));

const switcher = languageSwitch(document.getElementById('languages'), (code) => {
  session.chooseLanguage(code);
  app.explicit = true;
  if (code !== app.lang) {
    setLanguage(code);
  }
});

function setLanguage(lang) {
  app.lang = lang;
  document.documentElement.lang = lang;
  brand.textContent = t(lang, 'pageTitle');
  switcher.show(lang);
  showSession();
  if (app.view) {
    app.view.render();
  }
}

function showSession() {
  const current = session.currentSession();
  if (!current || current.expired) {
    sessionBox.replaceChildren();
    return;
  }
  sessionBox.replaceChildren(
    el('span', { class: 'signed-in', text: t(app.lang, 'signedInAs', { name: current.name }) }),
    el('button', {
      type: 'button',
      class: 'link-button',
      id: 'sign-out',
      text: t(app.lang, 'signOut'),
      onclick: () => signIn('signedOut'),
    }),
  );
}

function show(view) {
  app.view?.stop?.();
  app.view = view;
  showSession();
  view.start();
  if (!main.contains(document.activeElement)) {
    main.querySelector('h1')?.focus();
  }
}

/** The console's navigation: where HR is, and the way to the results page. */
export function navigation(current) {
  const lang = app.lang;
  const item = (hash, key) =>
    el('li', {}, el('a', { href: `#${hash}`, 'aria-current': current === hash ? 'page' : null, text: t(lang, key) }));
  const items = [item('units', 'navUnits'), item('rounds', 'navRounds'), item('new', 'navNew')];
  if (app.links.results) {
    items.push(el('li', {}, el('a', { href: app.links.results, id: 'results-link', text: t(lang, 'resultsLink') })));
  }
  return el('nav', { class: 'console-nav', 'aria-label': t(lang, 'navLabel') }, el('ul', {}, items));
}
app.navigation = navigation;

function signInView(notice) {
  const state = { error: null, notice, busy: false };
  const view = {
    render() {
      const lang = app.lang;
      document.title = `${t(lang, 'signInTitle')} – ${t(lang, 'pageTitle')}`;
      const described = state.error ? 'signin-error' : null;
      const input = (id, type, autocomplete) =>
        el('input', { id, name: id, type, autocomplete, required: true, 'aria-describedby': described, 'aria-invalid': state.error ? 'true' : null });
      const username = input('username', 'text', 'username');
      const password = input('password', 'password', 'current-password');
      const form = el(
        'form',
        {
          class: 'signin',
          novalidate: true,
          onsubmit: async (event) => {
            event.preventDefault();
            if (state.busy) {
              return;
            }
            if (!username.value.trim() || !password.value) {
              fail(t(app.lang, 'missingCredentials'));
              return;
            }
            state.busy = true;
            const answer = await app.api.login(username.value.trim(), password.value);
            state.busy = false;
            if (answer.status === 200 && answer.body?.access_token) {
              session.startSession(answer.body.access_token);
              route();
            } else {
              fail(answer.status === 401 ? t(app.lang, 'wrongPassword') : failure(app.lang, answer));
            }
          },
        },
        el('div', { class: 'field' }, el('label', { for: 'username', text: t(lang, 'username') }), username),
        el('div', { class: 'field' }, el('label', { for: 'password', text: t(lang, 'password') }), password),
        el('button', { type: 'submit', class: 'button', id: 'sign-in', text: t(lang, state.busy ? 'signingIn' : 'signIn') }),
      );
      main.replaceChildren(
        ...[
          el('h1', { class: 'page-title', tabindex: '-1', text: t(lang, 'signInTitle') }),
          state.notice ? el('p', { class: 'notice', role: 'status', text: t(lang, state.notice) }) : null,
          state.error ? el('p', { class: 'error', id: 'signin-error', role: 'alert', text: state.error }) : null,
          el('p', { text: t(lang, 'signInIntro') }),
          form,
        ].filter(Boolean),
      );
    },
    start() {
      view.render();
      main.querySelector('#username').focus();
    },
  };
  function fail(message) {
    const typed = main.querySelector('#username')?.value || '';
    state.error = message;
    state.notice = null;
    view.render();
    main.querySelector('#username').value = typed;
    main.querySelector(typed ? '#password' : '#username').focus();
  }
  return view;
}

function signIn(notice) {
  session.endSession();
  app.municipality = null;
  show(signInView(notice));
}

function simpleView(titleKey, bodyKey, extra) {
  const view = {
    render() {
      document.title = `${t(app.lang, titleKey)} – ${t(app.lang, 'pageTitle')}`;
      main.replaceChildren(
        el('h1', { class: 'page-title', tabindex: '-1', text: t(app.lang, titleKey) }),
        bodyKey ? el('p', { text: t(app.lang, bodyKey) }) : null,
        extra ? extra() : null,
      );
    },
    start() {
      view.render();
    },
  };
  return view;
}

/** An administrator names the municipality to work with. */
function adminView() {
  return simpleView('adminTitle', null, () =>
    el(
      'form',
      {
        class: 'controls',
        onsubmit: (event) => {
          event.preventDefault();
          const code = main.querySelector('#admin-municipality').value.trim();
          if (/^[0-9]{4}$/.test(code)) {
            app.municipality = code;
            app.go('units');
          }
        },
      },
      el('div', { class: 'field' }, el('label', { for: 'admin-municipality', text: t(app.lang, 'adminMunicipality') }),
        el('input', { id: 'admin-municipality', type: 'text', inputmode: 'numeric', pattern: '[0-9]{4}' })),
      el('button', { type: 'submit', class: 'button', text: t(app.lang, 'show') }),
    ),
  );
}

function route() {
  const current = session.currentSession();
  if (!current || current.expired) {
    signIn(current?.expired ? 'expired' : null);
    return;
  }
  if (current.roles.includes('HR') && current.municipality) {
    app.municipality = current.municipality;
  } else if (!current.roles.includes('ADMIN')) {
    show(simpleView('noAccessTitle', 'noAccessBody'));
    return;
  }
  if (!app.municipality) {
    show(adminView());
    return;
  }
  const [where, id] = window.location.hash.replace(/^#/, '').split('/');
  if (where === 'rounds') {
    show(roundsView(app));
  } else if (where === 'round' && id) {
    show(roundView(app, decodeURIComponent(id)));
  } else if (where === 'new') {
    show(wizardView(app));
  } else {
    show(unitsView(app));
  }
}

window.addEventListener('hashchange', route);
app.api.links().then((answer) => {
  if (answer.status === 200) {
    app.links = answer.body;
    app.view?.render();
  }
});
setLanguage(app.lang);
route();

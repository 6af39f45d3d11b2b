/**
 * The results page: signs in, picks the view the token's role calls for (HR of a municipality, a
 * network's leader, or an administrator choosing either), switches language without losing the
 * view, and goes back to sign-in when the server refuses the token.
 */
import { el } from '../web/dom.js';
import { LANGUAGES, t } from './strings.js';
import { languageSwitch } from '../web/languages.js';
import { resultsApi } from './api.js';
import { currentSession, startSession, endSession, chosenLanguage, chooseLanguage } from './session.js';
import { signInView } from './signin.js';
import { hrView } from './hr.js';
import { networkView } from './network.js';

const main = document.getElementById('main');
const sessionBox = document.getElementById('session');
const languages = document.getElementById('languages');
const brand = document.getElementById('brand');
const requested = new URLSearchParams(window.location.search).get('lang');
const shellLanguage = LANGUAGES.find((code) => code === document.documentElement.lang) || 'nb';
const stored = chosenLanguage();

const app = {
  main,
  lang: LANGUAGES.includes(requested) ? requested : LANGUAGES.includes(stored) ? stored : shellLanguage,
  explicit: LANGUAGES.includes(requested) || LANGUAGES.includes(stored),
  view: null,
  api: null,
  isCurrent(view) {
    return app.view === view;
  },
  /** The municipality's målform, unless the user has chosen a language. */
  defaultLanguage(lang) {
    if (!app.explicit && LANGUAGES.includes(lang) && lang !== app.lang) {
      setLanguage(lang);
    }
  },
};
app.api = resultsApi(() => signIn('expired'));

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
  const session = currentSession();
  if (!session || session.expired) {
    sessionBox.replaceChildren();
    return;
  }
  const showConsole = app.links?.console && session.roles.some((role) => role === 'HR' || role === 'ADMIN');
  sessionBox.replaceChildren(
    showConsole ? el('a', { class: 'console-link', id: 'console-link', href: app.links.console, text: t(app.lang, 'consoleLink') }) : '',
    el('span', { class: 'signed-in', text: t(app.lang, 'signedInAs', { name: session.name }) }),
    el('button', {
      type: 'button',
      class: 'link-button',
      id: 'sign-out',
      text: t(app.lang, 'signOut'),
      onclick: () => {
        endSession();
        signIn('signedOut');
      },
    }),
  );
}

function show(view) {
  app.view = view;
  showSession();
  view.start();
  if (!main.contains(document.activeElement)) {
    main.querySelector('h1')?.focus();
  }
}

function signIn(notice) {
  endSession();
  show(
    signInView(app, notice, (token) => {
      startSession(token);
      route();
    }),
  );
}

function route() {
  const session = currentSession();
  if (!session || session.expired) {
    signIn(session?.expired ? 'expired' : null);
  } else if (session.roles.includes('HR') && session.municipality) {
    show(hrView(app, session.municipality));
  } else if (session.roles.includes('NETWORK_LEADER') && session.network) {
    show(networkView(app, session.network));
  } else if (session.roles.includes('ADMIN')) {
    show(adminView());
  } else {
    show(noAccessView());
  }
}

/** An administrator names a municipality or a network and gets the HR or network view of it. */
function adminView() {
  const view = {
    render() {
      const lang = app.lang;
      document.title = `${t(lang, 'adminTitle')} – ${t(lang, 'pageTitle')}`;
      const field = (id, label, pattern) =>
        el('div', { class: 'field' }, el('label', { for: id, text: label }), el('input', { id, name: id, type: 'text', pattern }));
      main.replaceChildren(
        el('h1', { class: 'page-title', tabindex: '-1', text: t(lang, 'adminTitle') }),
        el(
          'form',
          {
            class: 'controls',
            onsubmit: (event) => {
              event.preventDefault();
              const code = main.querySelector('#admin-municipality').value.trim();
              if (code) {
                show(hrView(app, code));
              }
            },
          },
          field('admin-municipality', t(lang, 'adminMunicipality'), '[0-9]{4}'),
          el('button', { type: 'submit', class: 'button', text: t(lang, 'show') }),
        ),
        el(
          'form',
          {
            class: 'controls',
            onsubmit: (event) => {
              event.preventDefault();
              const id = main.querySelector('#admin-network').value.trim();
              if (id) {
                show(networkView(app, id));
              }
            },
          },
          field('admin-network', t(lang, 'adminNetwork'), null),
          el('button', { type: 'submit', class: 'button', text: t(lang, 'show') }),
        ),
      );
    },
    start() {
      view.render();
    },
  };
  return view;
}

function noAccessView() {
  const view = {
    render() {
      document.title = `${t(app.lang, 'noAccessTitle')} – ${t(app.lang, 'pageTitle')}`;
      main.replaceChildren(
        el('h1', { class: 'page-title', tabindex: '-1', text: t(app.lang, 'noAccessTitle') }),
        el('p', { text: t(app.lang, 'noAccessBody') }),
      );
    },
    start() {
      view.render();
    },
  };
  return view;
}

const switcher = languageSwitch(languages, (code) => {
  chooseLanguage(code);
  app.explicit = true;
  if (code !== app.lang) {
    setLanguage(code);
  }
});
app.api.links().then((answer) => {
  if (answer.status === 200) {
    app.links = answer.body;
    showSession();
  }
});
setLanguage(app.lang);
route();

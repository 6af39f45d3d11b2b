/** The sign-in form; survey-service checks the credentials through this service's /api/login. */
import { el } from '../web/dom.js';
import { t } from './strings.js';
import { failure } from './common.js';

export function signInView(app, notice, onSignedIn) {
  const state = { error: null, busy: false, notice };

  function render() {
    const lang = app.lang;
    document.title = `${t(lang, 'signInTitle')} – ${t(lang, 'pageTitle')}`;
    const username = el('input', {
      id: 'username',
      name: 'username',
      type: 'text',
      autocomplete: 'username',
      autocapitalize: 'none',
      spellcheck: 'false',
      required: true,
      'aria-describedby': state.error ? 'signin-error' : null,
      'aria-invalid': state.error ? 'true' : null,
    });
    const password = el('input', {
      id: 'password',
      name: 'password',
      type: 'password',
      autocomplete: 'current-password',
      required: true,
      'aria-describedby': state.error ? 'signin-error' : null,
      'aria-invalid': state.error ? 'true' : null,
    });
    const submit = el('button', {
      type: 'submit',
      class: 'button',
      id: 'sign-in',
      disabled: state.busy,
      text: t(lang, state.busy ? 'signingIn' : 'signIn'),
    });
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
          const name = username.value.trim();
          if (!name || !password.value) {
            showError(t(app.lang, 'missingCredentials'));
            return;
          }
          state.busy = true;
          submit.disabled = true;
          submit.textContent = t(app.lang, 'signingIn');
          const answer = await app.api.login(name, password.value);
          state.busy = false;
          if (answer.status === 200 && answer.body?.access_token) {
            onSignedIn(answer.body.access_token);
          } else if (answer.status === 401) {
            showError(t(app.lang, 'wrongPassword'));
          } else if (answer.status === 503 || answer.status === 502) {
            showError(t(app.lang, 'signInUnavailable'));
          } else {
            showError(failure(app.lang, answer));
          }
        },
      },
      el('div', { class: 'field' }, el('label', { for: 'username', text: t(lang, 'username') }), username),
      el('div', { class: 'field' }, el('label', { for: 'password', text: t(lang, 'password') }), password),
      submit,
    );
    const parts = [
      el('h1', { class: 'page-title', tabindex: '-1', text: t(lang, 'signInTitle') }),
      state.notice ? el('p', { class: 'notice', role: 'status', text: t(lang, state.notice) }) : null,
      state.error ? el('p', { class: 'error', id: 'signin-error', role: 'alert', text: state.error }) : null,
      el('p', { text: t(lang, 'signInIntro') }),
      form,
    ];
    app.main.replaceChildren(...parts.filter(Boolean));
  }

  function showError(message) {
    state.error = message;
    state.notice = null;
    const typed = app.main.querySelector('#username')?.value || '';
    render();
    app.main.querySelector('#username').value = typed;
    app.main.querySelector(typed ? '#password' : '#username').focus();
  }

  const view = {
    render,
    start() {
      render();
      app.main.querySelector('#username').focus();
    },
  };
  return view;
}

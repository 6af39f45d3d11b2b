/**
 * The nynorsk / bokmål / English switch: real buttons, each marked with its own language, the
 * current one shown by weight and underline as well as aria-current.
 */
import { el } from './dom.js';

export const LANGUAGES = ['nn', 'nb', 'en'];
export const LANGUAGE_NAMES = { nn: 'Nynorsk', nb: 'Bokmål', en: 'English' };

export function languageSwitch(nav, onSwitch) {
  for (const code of LANGUAGES) {
    nav.append(
      el('button', {
        type: 'button',
        class: 'language',
        lang: code,
        'data-lang': code,
        onclick: () => onSwitch(code),
        text: LANGUAGE_NAMES[code],
      }),
    );
  }
  return {
    show(current) {
      for (const button of nav.children) {
        const isCurrent = button.dataset.lang === current;
        button.classList.toggle('current', isCurrent);
        button.setAttribute('aria-current', isCurrent ? 'true' : 'false');
      }
    },
  };
}

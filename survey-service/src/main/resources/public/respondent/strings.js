/** Every text the page shows around the questionnaire, in nynorsk, bokmål and English. */

export { LANGUAGES, LANGUAGE_NAMES } from '../web/languages.js';

/** Locales for dates, best first: not every browser has nynorsk data, and its month names are bokmål's. */
export const LOCALES = { nn: ['nn-NO', 'nb-NO'], nb: ['nb-NO'], en: ['en-GB'] };

const STRINGS = {
  nn: {
    pageTitle: 'Spørjeundersøking',
    loading: 'Lastar spørjeskjemaet …',
    closes: 'Svarfrist: {date}',
    step: 'Steg {n} av {total}',
    backgroundStep: 'Om deg',
    finishStep: 'Kommentarar og innsending',
    anonymous:
      'Undersøkinga er anonym. Svara dine vert ikkje knytte til namnet ditt, e-postadressa di eller lenkja du fekk.',
    backgroundIntro:
      'Desse spørsmåla gjer det mogleg å samanlikne grupper. Resultat vert berre viste for grupper som er så store at ingen kan kjennast att. Du kan hoppe over spørsmål du ikkje vil svare på.',
    requiredNote: 'Spørsmål merkte «må svarast på» må du svare på. Dei andre er frivillige.',
    required: '(må svarast på)',
    numberHint: 'Skriv eit heilt tal frå {min} til {max}.',
    commentLabel: 'Kommentar om «{module}» (valfritt)',
    commentHint:
      'Høgst {max} teikn. Ikkje skriv namn. Telefonnummer og e-postadresser vert fjerna før svaret vert lagra.',
    finishIntro: 'Når du har sendt svara, kan du ikkje endre dei lenger.',
    clearAnswer: 'Fjern svaret',
    previous: 'Førre',
    next: 'Neste',
    submit: 'Send svara',
    sending: 'Sender …',
    saveDraft: 'Lagre og hald fram seinare',
    saving: 'Lagrar …',
    saved: 'Svara dine er lagra. Du held fram seinare ved å opne den same lenkja:',
    saveFailed: 'Svara vart ikkje lagra. Prøv igjen om litt.',
    resumed: 'Vi har fylt inn svara du lagra sist.',
    errorSummary: 'Dette må rettast',
    errorPrefix: 'Feil:',
    'error.required': 'Du må svare på dette spørsmålet.',
    'error.whole': 'Skriv eit heilt tal utan komma, til dømes 80.',
    'error.range': 'Talet må vere frå {min} til {max}.',
    'error.choice': 'Vel mellom svaralternativa.',
    'error.notAsked': 'Dette spørsmålet gjeld ikkje ut frå svaret ditt på eit tidlegare spørsmål.',
    'error.tooLong': 'Teksten kan vere på høgst {max} teikn.',
    'error.other': 'Svaret vart ikkje godteke ({detail}).',
    serverTrouble: 'Noko gjekk gale hos oss, og svara er ikkje sende. Prøv igjen om litt.',
    offline: 'Fekk ikkje kontakt med tenaren. Sjekk nettsambandet og prøv igjen.',
    retry: 'Prøv igjen',
    receiptTitle: 'Takk! Svaret ditt er registrert',
    receiptCode: 'Kvitteringskode',
    receiptDate: 'Registrert {date}.',
    receiptAnonymous:
      'Svara kan ikkje sporast tilbake til deg. Lenkja di er no brukt opp, og ingenting knyter henne til svara. Kvitteringskoden vert ikkje lagra saman med svara, så ingen kan bruke han til å finne dei.',
    receiptClose: 'Du kan lukke sida no.',
    notFoundTitle: 'Vi finn ikkje denne lenkja',
    notFoundBody:
      'Sjekk at heile lenkja er med dersom du har kopiert henne. Verkar ho framleis ikkje, kan du spørje den som sende deg lenkja.',
    usedTitle: 'Du har alt svart',
    usedBody: 'Denne lenkja er brukt til å sende inn svar, og ho kan berre brukast éin gong. Takk for at du svarte!',
    closedTitle: 'Undersøkinga er ikkje open',
    closedBody:
      'Det går ikkje an å svare på undersøkinga no: ho er stengd eller har ikkje opna enno. Spør den som sende deg lenkja om du lurer på noko.',
  },
  nb: {
    pageTitle: 'Spørreundersøkelse',
    loading: 'Laster spørreskjemaet …',
    closes: 'Svarfrist: {date}',
    step: 'Steg {n} av {total}',
    backgroundStep: 'Om deg',
    finishStep: 'Kommentarer og innsending',
    anonymous:
      'Undersøkelsen er anonym. Svarene dine knyttes ikke til navnet ditt, e-postadressen din eller lenken du fikk.',
    backgroundIntro:
      'Disse spørsmålene gjør det mulig å sammenligne grupper. Resultater vises bare for grupper som er så store at ingen kan kjennes igjen. Du kan hoppe over spørsmål du ikke vil svare på.',
    requiredNote: 'Spørsmål merket «må besvares» må du svare på. De andre er frivillige.',
    required: '(må besvares)',
    numberHint: 'Skriv et helt tall fra {min} til {max}.',
    commentLabel: 'Kommentar om «{module}» (valgfritt)',
    commentHint:
      'Høyst {max} tegn. Ikke skriv navn. Telefonnumre og e-postadresser fjernes før svaret lagres.',
    finishIntro: 'Når du har sendt svarene, kan du ikke endre dem lenger.',
    clearAnswer: 'Fjern svaret',
    previous: 'Forrige',
    next: 'Neste',
    submit: 'Send svarene',
    sending: 'Sender …',
    saveDraft: 'Lagre og fortsett senere',
    saving: 'Lagrer …',
    saved: 'Svarene dine er lagret. Du fortsetter senere ved å åpne den samme lenken:',
    saveFailed: 'Svarene ble ikke lagret. Prøv igjen om litt.',
    resumed: 'Vi har fylt inn svarene du lagret sist.',
    errorSummary: 'Dette må rettes',
    errorPrefix: 'Feil:',
    'error.required': 'Du må svare på dette spørsmålet.',
    'error.whole': 'Skriv et helt tall uten komma, for eksempel 80.',
    'error.range': 'Tallet må være fra {min} til {max}.',
    'error.choice': 'Velg blant svaralternativene.',
    'error.notAsked': 'Dette spørsmålet gjelder ikke ut fra svaret ditt på et tidligere spørsmål.',
    'error.tooLong': 'Teksten kan være på høyst {max} tegn.',
    'error.other': 'Svaret ble ikke godtatt ({detail}).',
    serverTrouble: 'Noe gikk galt hos oss, og svarene er ikke sendt. Prøv igjen om litt.',
    offline: 'Fikk ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.',
    retry: 'Prøv igjen',
    receiptTitle: 'Takk! Svaret ditt er registrert',
    receiptCode: 'Kvitteringskode',
    receiptDate: 'Registrert {date}.',
    receiptAnonymous:
      'Svarene kan ikke spores tilbake til deg. Lenken din er nå brukt opp, og ingenting knytter den til svarene. Kvitteringskoden lagres ikke sammen med svarene, så ingen kan bruke den til å finne dem.',
    receiptClose: 'Du kan lukke siden nå.',
    notFoundTitle: 'Vi finner ikke denne lenken',
    notFoundBody:
      'Sjekk at hele lenken er med hvis du har kopiert den. Virker den fortsatt ikke, kan du spørre den som sendte deg lenken.',
    usedTitle: 'Du har allerede svart',
    usedBody: 'Denne lenken er brukt til å sende inn svar, og den kan bare brukes én gang. Takk for at du svarte!',
    closedTitle: 'Undersøkelsen er ikke åpen',
    closedBody:
      'Det går ikke an å svare på undersøkelsen nå: den er stengt eller har ikke åpnet ennå. Spør den som sendte deg lenken hvis du lurer på noe.',
  },
  en: {
    pageTitle: 'Survey',
    loading: 'Loading the questionnaire …',
    closes: 'Answer by {date}',
    step: 'Step {n} of {total}',
    backgroundStep: 'About you',
    finishStep: 'Comments and submitting',
    anonymous:
      'The survey is anonymous. Your answers are not linked to your name, your e-mail address or the link you received.',
    backgroundIntro:
      'These questions make it possible to compare groups. Results are only shown for groups large enough that nobody can be recognised. You may skip any question you do not want to answer.',
    requiredNote: 'You must answer the questions marked “required”. All others are optional.',
    required: '(required)',
    numberHint: 'Enter a whole number from {min} to {max}.',
    commentLabel: 'Comment on “{module}” (optional)',
    commentHint:
      'At most {max} characters. Do not write names. Phone numbers and e-mail addresses are removed before the answer is stored.',
    finishIntro: 'Once you have submitted your answers, you can no longer change them.',
    clearAnswer: 'Clear answer',
    previous: 'Back',
    next: 'Next',
    submit: 'Submit answers',
    sending: 'Submitting …',
    saveDraft: 'Save and continue later',
    saving: 'Saving …',
    saved: 'Your answers are saved. To continue later, open the same link again:',
    saveFailed: 'Your answers were not saved. Please try again in a moment.',
    resumed: 'We have filled in the answers you saved last time.',
    errorSummary: 'Please correct the following',
    errorPrefix: 'Error:',
    'error.required': 'Please answer this question.',
    'error.whole': 'Enter a whole number without decimals, for example 80.',
    'error.range': 'The number must be from {min} to {max}.',
    'error.choice': 'Choose one of the options.',
    'error.notAsked': 'This question does not apply given your answer to an earlier question.',
    'error.tooLong': 'The text can be at most {max} characters.',
    'error.other': 'The answer was not accepted ({detail}).',
    serverTrouble: 'Something went wrong on our side and your answers were not submitted. Please try again in a moment.',
    offline: 'Could not reach the server. Check your connection and try again.',
    retry: 'Try again',
    receiptTitle: 'Thank you! Your answer has been registered',
    receiptCode: 'Receipt code',
    receiptDate: 'Registered on {date}.',
    receiptAnonymous:
      'Your answers cannot be traced back to you. Your link is now used up, and nothing connects it to your answers. The receipt code is not stored with your answers, so nobody can use it to find them.',
    receiptClose: 'You can close this page now.',
    notFoundTitle: 'We cannot find this link',
    notFoundBody:
      'If you copied the link, check that all of it is there. If it still does not work, ask the person who sent it to you.',
    usedTitle: 'You have already answered',
    usedBody: 'This link has been used to submit answers, and it can only be used once. Thank you for answering!',
    closedTitle: 'The survey is not open',
    closedBody:
      'The survey cannot be answered now: it has closed or has not opened yet. Ask the person who sent you the link if you have questions.',
  },
};

/** The text for a key in a language, with {name} placeholders filled from params. */
export function t(lang, key, params = {}) {
  const text = (STRINGS[lang] || STRINGS.nb)[key] || key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A YYYY-MM-DD date written out in the language, e.g. "12. juni 2025". */
export function formatDate(lang, isoDate) {
  const [y, m, d] = String(isoDate).split('-').map(Number);
  if (!y || !m || !d) {
    return String(isoDate);
  }
  const format = new Intl.DateTimeFormat(LOCALES[lang] || LOCALES.nb, { dateStyle: 'long', timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

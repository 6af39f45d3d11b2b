/** Every text of the results page in nynorsk, bokmål and English, and how figures are written. */

export const LANGUAGES = ['nn', 'nb', 'en'];

export const LANGUAGE_NAMES = { nn: 'Nynorsk', nb: 'Bokmål', en: 'English' };

/** Number locales, best first: not every browser has nynorsk data; its numbers are bokmål's. */
const LOCALES = { nn: ['nn-NO', 'nb-NO'], nb: ['nb-NO'], en: ['en-GB'] };

const STRINGS = {
  nn: {
    pageTitle: 'Saman – resultat',
    loading: 'Lastar …',
    signInTitle: 'Logg inn',
    signInIntro: 'Logg inn med brukarnamnet og passordet ditt frå Saman for å sjå resultata du har tilgang til.',
    username: 'Brukarnamn',
    password: 'Passord',
    signIn: 'Logg inn',
    signingIn: 'Loggar inn …',
    signOut: 'Logg ut',
    signedInAs: 'Innlogga som {name}',
    wrongPassword: 'Feil brukarnamn eller passord.',
    missingCredentials: 'Skriv både brukarnamn og passord.',
    signInUnavailable: 'Innlogginga er ikkje tilgjengeleg no. Prøv igjen om litt.',
    expired: 'Økta di er gått ut. Logg inn på nytt.',
    signedOut: 'Du er logga ut.',
    offline: 'Fekk ikkje kontakt med tenaren. Sjekk nettsambandet og prøv igjen.',
    serverTrouble: 'Noko gjekk gale hos oss ({status}). Prøv igjen om litt.',
    forbidden: 'Du har ikkje tilgang til dette.',
    noAccessTitle: 'Inga resultatvising for denne brukaren',
    noAccessBody: 'Resultatsida er for HR-rådgjevarar og nettverksleiarar.',
    adminTitle: 'Vel kva du vil sjå',
    adminMunicipality: 'Kommunenummer',
    adminNetwork: 'Nettverk (id)',
    show: 'Vis',
    hrTitle: 'Resultat for {name}',
    round: 'Undersøking',
    roundOption: '{title} ({wave}, {status})',
    status_open: 'open',
    status_closed: 'stengd',
    noRounds: 'Kommunen har ingen undersøkingar enno.',
    unitsTitle: 'Einingar og svarprosent',
    unitsHint: 'Vel ei eining for å sjå resultata. Svarprosenten vert oppdatert medan undersøkinga er open.',
    wholeMunicipality: '{name} (heile kommunen)',
    rate: '{rate} svar ({n} av {headcount})',
    responsesOnly: '{n} svar',
    tooFew: 'for få svar',
    tooFewBody: 'Denne gruppa har for få svar til at resultata kan visast utan at nokon kan kjennast att.',
    groupSummary: '{n} svar, svarprosent {rate}.',
    groupSummaryNoRate: '{n} svar.',
    keyIndicators: 'Nøkkeltal',
    leadership: 'Meistringsorientert leiing (L1–L7)',
    leadershipNone: 'Denne undersøkinga hadde ikkje spørsmåla om leiing, eller for få svarte på dei.',
    goals: 'Mål',
    goalsNone: 'Ingen mål er sette for denne gruppa.',
    register: 'Registerdata ({period})',
    downloads: 'Last ned rapportar',
    unitReport: 'Einingsrapport for {name}',
    unitReportNeedsUnit: 'Vel ei eining i treet for å laste ned einingsrapporten.',
    municipalityReport: 'Kommunerapport, alle einingar ({wave})',
    networkReport: 'Nettverksrapport ({wave})',
    download: 'Last ned {format}',
    downloading: 'Lastar ned {file} …',
    downloaded: 'Lasta ned {file}.',
    downloadFailed: 'Rapporten kunne ikkje lastast ned: {detail}',
    thisGroup: 'Denne gruppa',
    compare_municipality: 'Kommunen',
    compare_serviceType: 'Same tenestetype',
    compare_network: 'Nettverket',
    compare_county: 'Fylket',
    compare_all: 'Alle deltakarar',
    group: 'Gruppe',
    value: 'Verdi',
    tableOf: 'Tal i tabell',
    change: 'Endring sidan {wave}: {change}',
    changeInterval: ' (95 % konfidensintervall: {low} til {high})',
    significant: 'Signifikant endring',
    notSignificant: 'ikkje signifikant',
    changeWithheld: 'Endringa sidan {wave} vert ikkje vist: gruppene skil seg med for få svar.',
    noChange: 'Inga tidlegare undersøking å samanlikne med.',
    alpha: 'Cronbachs alfa: {alpha}',
    totalNotCompared: 'Talet er ein sum for gruppa, så det vert ikkje samanlikna med større grupper.',
    item: 'Påstand',
    mean: 'Snitt (1–5)',
    answers: 'Svar',
    chartSummary: '{title}: {list}.',
    goalLine: 'Frå {baseline} ({baselineWave}) til {target} innan {deadline}.',
    goalStatus_achieved: 'Nådd',
    goalStatus_on_track: 'I rute',
    goalStatus_behind: 'Etter planen',
    goalStatus_no_data: 'Ingen tal',
    wave: 'Bølgje',
    progress: 'Framdrift',
    status: 'Status',
    time: 'Tid gått',
    networkTitle: 'Nettverket {name}',
    members: 'Kommunar: {list}.',
    indicators: 'Indikatorar',
    compare: 'Samanlikn',
    networkMean: 'Nettverket',
    allParticipants: 'Alle deltakarar',
    municipality: 'Kommune',
    noRound: 'ingen undersøking',
    comparisonTitle: 'Kommunane side om side ({wave})',
    trendTitle: 'Utvikling over bølgjer',
    trendNone: 'Nettverket har berre éi bølgje enno, så det er inga utvikling å vise.',
    noWaves: 'Ingen av kommunane i nettverket har undersøkingar enno.',
    chooseIndicator: 'Vel minst éin indikator.',
    errorPrefix: 'Feil:',
  },
  nb: {
    pageTitle: 'Saman – resultater',
    loading: 'Laster …',
    signInTitle: 'Logg inn',
    signInIntro: 'Logg inn med brukernavnet og passordet ditt fra Saman for å se resultatene du har tilgang til.',
    username: 'Brukernavn',
    password: 'Passord',
    signIn: 'Logg inn',
    signingIn: 'Logger inn …',
    signOut: 'Logg ut',
    signedInAs: 'Innlogget som {name}',
    wrongPassword: 'Feil brukernavn eller passord.',
    missingCredentials: 'Skriv både brukernavn og passord.',
    signInUnavailable: 'Innloggingen er ikke tilgjengelig nå. Prøv igjen om litt.',
    expired: 'Økten din er utløpt. Logg inn på nytt.',
    signedOut: 'Du er logget ut.',
    offline: 'Fikk ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.',
    serverTrouble: 'Noe gikk galt hos oss ({status}). Prøv igjen om litt.',
    forbidden: 'Du har ikke tilgang til dette.',
    noAccessTitle: 'Ingen resultatvisning for denne brukeren',
    noAccessBody: 'Resultatsiden er for HR-rådgivere og nettverksledere.',
    adminTitle: 'Velg hva du vil se',
    adminMunicipality: 'Kommunenummer',
    adminNetwork: 'Nettverk (id)',
    show: 'Vis',
    hrTitle: 'Resultater for {name}',
    round: 'Undersøkelse',
    roundOption: '{title} ({wave}, {status})',
    status_open: 'åpen',
    status_closed: 'stengt',
    noRounds: 'Kommunen har ingen undersøkelser ennå.',
    unitsTitle: 'Enheter og svarprosent',
    unitsHint: 'Velg en enhet for å se resultatene. Svarprosenten oppdateres mens undersøkelsen er åpen.',
    wholeMunicipality: '{name} (hele kommunen)',
    rate: '{rate} svar ({n} av {headcount})',
    responsesOnly: '{n} svar',
    tooFew: 'for få svar',
    tooFewBody: 'Denne gruppen har for få svar til at resultatene kan vises uten at noen kan kjennes igjen.',
    groupSummary: '{n} svar, svarprosent {rate}.',
    groupSummaryNoRate: '{n} svar.',
    keyIndicators: 'Nøkkeltall',
    leadership: 'Mestringsorientert ledelse (L1–L7)',
    leadershipNone: 'Denne undersøkelsen hadde ikke spørsmålene om ledelse, eller for få svarte på dem.',
    goals: 'Mål',
    goalsNone: 'Ingen mål er satt for denne gruppen.',
    register: 'Registerdata ({period})',
    downloads: 'Last ned rapporter',
    unitReport: 'Enhetsrapport for {name}',
    unitReportNeedsUnit: 'Velg en enhet i treet for å laste ned enhetsrapporten.',
    municipalityReport: 'Kommunerapport, alle enheter ({wave})',
    networkReport: 'Nettverksrapport ({wave})',
    download: 'Last ned {format}',
    downloading: 'Laster ned {file} …',
    downloaded: 'Lastet ned {file}.',
    downloadFailed: 'Rapporten kunne ikke lastes ned: {detail}',
    thisGroup: 'Denne gruppen',
    compare_municipality: 'Kommunen',
    compare_serviceType: 'Samme tjenestetype',
    compare_network: 'Nettverket',
    compare_county: 'Fylket',
    compare_all: 'Alle deltakere',
    group: 'Gruppe',
    value: 'Verdi',
    tableOf: 'Tall i tabell',
    change: 'Endring siden {wave}: {change}',
    changeInterval: ' (95 % konfidensintervall: {low} til {high})',
    significant: 'Signifikant endring',
    notSignificant: 'ikke signifikant',
    changeWithheld: 'Endringen siden {wave} vises ikke: gruppene skiller seg med for få svar.',
    noChange: 'Ingen tidligere undersøkelse å sammenligne med.',
    alpha: 'Cronbachs alfa: {alpha}',
    totalNotCompared: 'Tallet er en sum for gruppen, så det sammenlignes ikke med større grupper.',
    item: 'Påstand',
    mean: 'Snitt (1–5)',
    answers: 'Svar',
    chartSummary: '{title}: {list}.',
    goalLine: 'Fra {baseline} ({baselineWave}) til {target} innen {deadline}.',
    goalStatus_achieved: 'Nådd',
    goalStatus_on_track: 'I rute',
    goalStatus_behind: 'Etter planen',
    goalStatus_no_data: 'Ingen tall',
    wave: 'Bølge',
    progress: 'Fremdrift',
    status: 'Status',
    time: 'Tid gått',
    networkTitle: 'Nettverket {name}',
    members: 'Kommuner: {list}.',
    indicators: 'Indikatorer',
    compare: 'Sammenlign',
    networkMean: 'Nettverket',
    allParticipants: 'Alle deltakere',
    municipality: 'Kommune',
    noRound: 'ingen undersøkelse',
    comparisonTitle: 'Kommunene side om side ({wave})',
    trendTitle: 'Utvikling over bølger',
    trendNone: 'Nettverket har bare én bølge ennå, så det er ingen utvikling å vise.',
    noWaves: 'Ingen av kommunene i nettverket har undersøkelser ennå.',
    chooseIndicator: 'Velg minst én indikator.',
    errorPrefix: 'Feil:',
  },
  en: {
    pageTitle: 'Saman – results',
    loading: 'Loading …',
    signInTitle: 'Sign in',
    signInIntro: 'Sign in with your Saman username and password to see the results you have access to.',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in …',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {name}',
    wrongPassword: 'Wrong username or password.',
    missingCredentials: 'Enter both username and password.',
    signInUnavailable: 'Sign-in is not available right now. Try again in a moment.',
    expired: 'Your session has expired. Sign in again.',
    signedOut: 'You are signed out.',
    offline: 'Could not reach the server. Check your connection and try again.',
    serverTrouble: 'Something went wrong on our side ({status}). Try again in a moment.',
    forbidden: 'You do not have access to this.',
    noAccessTitle: 'No results view for this user',
    noAccessBody: 'The results page is for HR advisers and network leaders.',
    adminTitle: 'Choose what to see',
    adminMunicipality: 'Municipality number',
    adminNetwork: 'Network (id)',
    show: 'Show',
    hrTitle: 'Results for {name}',
    round: 'Survey',
    roundOption: '{title} ({wave}, {status})',
    status_open: 'open',
    status_closed: 'closed',
    noRounds: 'The municipality has no surveys yet.',
    unitsTitle: 'Units and response rates',
    unitsHint: 'Choose a unit to see its results. Response rates update while the survey is open.',
    wholeMunicipality: '{name} (whole municipality)',
    rate: '{rate} responded ({n} of {headcount})',
    responsesOnly: '{n} responses',
    tooFew: 'too few responses',
    tooFewBody: 'This group has too few responses for its results to be shown without anyone being recognisable.',
    groupSummary: '{n} responses, response rate {rate}.',
    groupSummaryNoRate: '{n} responses.',
    keyIndicators: 'Key indicators',
    leadership: 'Mastery-oriented leadership (L1–L7)',
    leadershipNone: 'This survey did not include the leadership questions, or too few answered them.',
    goals: 'Goals',
    goalsNone: 'No goals are set for this group.',
    register: 'Register data ({period})',
    downloads: 'Download reports',
    unitReport: 'Unit report for {name}',
    unitReportNeedsUnit: 'Choose a unit in the tree to download its unit report.',
    municipalityReport: 'Municipality report, all units ({wave})',
    networkReport: 'Network report ({wave})',
    download: 'Download {format}',
    downloading: 'Downloading {file} …',
    downloaded: 'Downloaded {file}.',
    downloadFailed: 'The report could not be downloaded: {detail}',
    thisGroup: 'This group',
    compare_municipality: 'The municipality',
    compare_serviceType: 'Same service type',
    compare_network: 'The network',
    compare_county: 'The county',
    compare_all: 'All participants',
    group: 'Group',
    value: 'Value',
    tableOf: 'Figures as a table',
    change: 'Change since {wave}: {change}',
    changeInterval: ' (95 % confidence interval {low} to {high})',
    significant: 'Significant change',
    notSignificant: 'not significant',
    changeWithheld: 'The change since {wave} is not shown: the groups differ by too few responses.',
    noChange: 'No earlier survey to compare with.',
    alpha: "Cronbach's alpha: {alpha}",
    totalNotCompared: 'The figure is a total for the group, so it is not compared with larger groups.',
    item: 'Statement',
    mean: 'Mean (1–5)',
    answers: 'Responses',
    chartSummary: '{title}: {list}.',
    goalLine: 'From {baseline} ({baselineWave}) to {target} by {deadline}.',
    goalStatus_achieved: 'Achieved',
    goalStatus_on_track: 'On track',
    goalStatus_behind: 'Behind',
    goalStatus_no_data: 'No figure',
    wave: 'Wave',
    progress: 'Progress',
    status: 'Status',
    time: 'Time passed',
    networkTitle: 'The network {name}',
    members: 'Municipalities: {list}.',
    indicators: 'Indicators',
    compare: 'Compare',
    networkMean: 'The network',
    allParticipants: 'All participants',
    municipality: 'Municipality',
    noRound: 'no survey',
    comparisonTitle: 'The municipalities side by side ({wave})',
    trendTitle: 'Trend over waves',
    trendNone: 'The network has only one wave so far, so there is no trend to show.',
    noWaves: 'None of the network’s municipalities has a survey yet.',
    chooseIndicator: 'Choose at least one indicator.',
    errorPrefix: 'Error:',
  },
};

/** The leadership statements L1–L7 as the LEIING module words them, shortened after the stem. */
export const LEADERSHIP_ITEMS = {
  nn: {
    L1: 'gir meg nyttige råd og støtte til å forbetre arbeidsprestasjonane mine',
    L2: 'gir meg utfordringar som utviklar og styrkjer kompetansen min',
    L3: 'gir meg den støtta eg ønskjer ut frå måla og ambisjonane mine',
    L4: 'gir meg nyttige tilbakemeldingar om prestasjonane mine',
    L5: 'tek seg tid til å setje seg inn i ønska mine om vidareutvikling',
    L6: 'held meg informert om ulike karrieremoglegheiter',
    L7: 'støttar meg dersom eg ønskjer kompetanseutvikling med tanke på vidare karriere',
  },
  nb: {
    L1: 'gir meg nyttige råd og støtte til å forbedre mine arbeidsprestasjoner',
    L2: 'gir meg utfordringer som utvikler og styrker min kompetanse',
    L3: 'gir meg den støtten jeg ønsker ut fra mine mål og ambisjoner',
    L4: 'gir meg nyttige tilbakemeldinger om mine prestasjoner',
    L5: 'tar seg tid til å sette seg inn i mine ønsker om videreutvikling',
    L6: 'holder meg informert om forskjellige karrieremuligheter',
    L7: 'støtter meg hvis jeg ønsker kompetanseutvikling med tanke på videre karriere',
  },
  en: {
    L1: 'gives me useful advice and support to improve my work performance',
    L2: 'gives me challenges that develop and strengthen my competence',
    L3: 'gives me the support I want given my goals and ambitions',
    L4: 'gives me useful feedback on my performance',
    L5: 'takes time to understand my wishes for further development',
    L6: 'keeps me informed about different career opportunities',
    L7: 'supports me if I want competence development with a view to my further career',
  },
};

export function t(lang, key, values = {}) {
  const text = STRINGS[lang]?.[key] ?? STRINGS.nb[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

function number(lang, value, decimals) {
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** The sign before a figure in Norwegian is a non-breaking space, in English none. */
function percent(lang, text) {
  return lang === 'en' ? `${text}%` : `${text}\u00a0%`;
}

/**
 * A figure as the page shows it, by the catalogue's unit: percent as it is (58,51 %), a share as a
 * percentage (0.42 → 42 %), scores, alphas and FTEs with up to two decimals.
 */
export function formatValue(lang, unit, value) {
  if (value === null || value === undefined) {
    return '';
  }
  switch (unit) {
    case 'percent':
      return percent(lang, number(lang, value, 2));
    case 'share':
      return percent(lang, number(lang, value * 100, 1));
    case 'count':
      return number(lang, value, 0);
    default:
      return number(lang, value, 2);
  }
}

/**
 * A change between rounds, signed, in percentage points for percent and share indicators (the
 * unit's name left out for the ends of an interval that follows the change itself).
 */
export function formatChange(lang, unit, change, withUnit = true) {
  const points = unit === 'share' ? change * 100 : change;
  const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
  const magnitude = number(lang, Math.abs(points), unit === 'share' ? 1 : 2);
  if (withUnit && (unit === 'percent' || unit === 'share')) {
    return `${sign}${magnitude} ${lang === 'en' ? 'pp' : 'prosentpoeng'}`;
  }
  return `${sign}${magnitude}`;
}

/** A date of the API (yyyy-mm-dd) in the page's language. */
export function formatDate(lang, iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/**
 * From figures to action on the HR view: which drivers matter most for an outcome here (importance
 * with its interval against the driver's own score), KS's recruitment scenario for a stated need,
 * and the measures taken towards a goal as marks on its curve. Groups the API withholds show the
 * reason only.
 */
import { el } from '../web/dom.js';
import { formatValue, formatDate, formatChange } from './strings.js';
import { driverChart, goalCurve } from './action-charts.js';

const S = {
  nn: {
    drivers: 'Kva drivar resultatet her?',
    driversHint: 'Relativ vekt etter Johnson: kor stor del av forklart varians (R²) kvar drivar står for, med 95 % bootstrap-intervall. Høg vekt og låg skår er staden å setje inn tiltak: det skuggelagde hjørnet, over lik del av R² for alle drivarane og under snittskåren deira. Tala i diagrammet er rangen.',
    outcome: 'Utfall',
    outcome_K1: 'Bruk av kompetansen (K1)',
    outcome_N6: 'Jobbar her om to år (N6)',
    outcome_wants_larger: 'Ønskjer større stilling',
    driversTooFew: 'For få svarte på alle spørsmåla til at drivarane kan visast (minst {minimum}).',
    driversTooFewGroup: 'For få svar.',
    driversNotEstimable: 'Drivarane kan ikkje reknast ut for denne gruppa (eit spørsmål varierer ikkje).',
    driversSummary: '{n} svar med alle spørsmål, R² = {r2}.',
    importance: 'Vekt (del av R²)',
    interval: '95 % intervall',
    rank: 'Rang (intervall)',
    correlation: 'Korrelasjon',
    score: 'Skår (0–100)',
    driver: 'Drivar',
    actHere: 'Viktig, men låg skår',
    recruitment: 'Rekrutteringsscenario (KS-modellen)',
    need: 'Behov for fleire årsverk',
    compute: 'Rekn ut',
    needInvalid: 'Skriv eit tal over 0.',
    hiddenFte: 'Skjulte årsverk (ønske om større stilling)',
    positions: 'Stillingar som ikkje treng lysast ut',
    fteNow: 'Årsverk i dag',
    fteIfMet: 'Årsverk om alle ønske vart oppfylte',
    averageNow: 'Gjennomsnittleg stillingsstorleik i dag',
    averageToCover: 'Stillingsstorleik som dekkjer behovet',
    covered: 'Del av behovet som ønska dekkjer',
    recruitmentTooFew: 'For få svar.',
    recruitmentNone: 'Denne undersøkinga har ikkje spørsmåla om stillingsstorleik, eller talet på tilsette er ukjent.',
    measures: 'Tiltak',
    measuresNone: 'Ingen tiltak er registrerte for målet.',
    measureChangeWithheld: 'endringa vert ikkje vist: gruppene skil seg med for få svar',
    owner: 'Ansvarleg',
    period: 'Periode',
    status: 'Status',
    partners: 'Partar',
    milestones: 'Milepælar',
    before: 'Før',
    after: 'Etter',
    result: 'Resultat',
    done: 'ferdig',
    notDone: 'ikkje ferdig',
    status_planned: 'planlagt',
    status_ongoing: 'i gang',
    status_delayed: 'forseinka',
    status_done: 'gjennomført',
    status_stopped: 'stoppa',
    role_union: 'tillitsvalde',
    role_safety_representative: 'verneombod',
    role_employees: 'tilsette',
    role_management: 'leiinga',
    role_politicians: 'politikarar',
    role_other: 'andre',
    curveSummary: '{name}: utgangspunkt {baseline} ({baselineDate}), mål {target}; {points}. Tiltak: {measures}.',
    baseline: 'Utgangspunkt',
    target: 'Mål',
  },
  nb: {
    drivers: 'Hva driver resultatet her?',
    driversHint: 'Relativ vekt etter Johnson: hvor stor del av forklart varians (R²) hver driver står for, med 95 % bootstrap-intervall. Høy vekt og lav skår er stedet å sette inn tiltak: det skyggelagte hjørnet, over lik andel av R² for alle driverne og under snittskåren deres. Tallene i diagrammet er rangen.',
    outcome: 'Utfall',
    outcome_K1: 'Bruk av kompetansen (K1)',
    outcome_N6: 'Jobber her om to år (N6)',
    outcome_wants_larger: 'Ønsker større stilling',
    driversTooFew: 'For få svarte på alle spørsmålene til at driverne kan vises (minst {minimum}).',
    driversTooFewGroup: 'For få svar.',
    driversNotEstimable: 'Driverne kan ikke regnes ut for denne gruppen (et spørsmål varierer ikke).',
    driversSummary: '{n} svar med alle spørsmål, R² = {r2}.',
    importance: 'Vekt (del av R²)',
    interval: '95 % intervall',
    rank: 'Rang (intervall)',
    correlation: 'Korrelasjon',
    score: 'Skår (0–100)',
    driver: 'Driver',
    actHere: 'Viktig, men lav skår',
    recruitment: 'Rekrutteringsscenario (KS-modellen)',
    need: 'Behov for flere årsverk',
    compute: 'Regn ut',
    needInvalid: 'Skriv et tall over 0.',
    hiddenFte: 'Skjulte årsverk (ønske om større stilling)',
    positions: 'Stillinger som ikke trenger å lyses ut',
    fteNow: 'Årsverk i dag',
    fteIfMet: 'Årsverk om alle ønsker ble oppfylt',
    averageNow: 'Gjennomsnittlig stillingsstørrelse i dag',
    averageToCover: 'Stillingsstørrelse som dekker behovet',
    covered: 'Andel av behovet ønskene dekker',
    recruitmentTooFew: 'For få svar.',
    recruitmentNone: 'Denne undersøkelsen har ikke spørsmålene om stillingsstørrelse, eller antall ansatte er ukjent.',
    measures: 'Tiltak',
    measuresNone: 'Ingen tiltak er registrert for målet.',
    measureChangeWithheld: 'endringen vises ikke: gruppene skiller seg med for få svar',
    owner: 'Ansvarlig',
    period: 'Periode',
    status: 'Status',
    partners: 'Parter',
    milestones: 'Milepæler',
    before: 'Før',
    after: 'Etter',
    result: 'Resultat',
    done: 'ferdig',
    notDone: 'ikke ferdig',
    status_planned: 'planlagt',
    status_ongoing: 'i gang',
    status_delayed: 'forsinket',
    status_done: 'gjennomført',
    status_stopped: 'stoppet',
    role_union: 'tillitsvalgte',
    role_safety_representative: 'verneombud',
    role_employees: 'ansatte',
    role_management: 'ledelsen',
    role_politicians: 'politikere',
    role_other: 'andre',
    curveSummary: '{name}: utgangspunkt {baseline} ({baselineDate}), mål {target}; {points}. Tiltak: {measures}.',
    baseline: 'Utgangspunkt',
    target: 'Mål',
  },
  en: {
    drivers: 'What drives the result here?',
    driversHint: "Johnson's relative weights: the share of the explained variance (R²) each driver accounts for, with a 95 % bootstrap interval. High importance and a low score is the place to act: the shaded corner, above an equal share of R² for every driver and below their average score. The numbers in the chart are the ranks.",
    outcome: 'Outcome',
    outcome_K1: 'Competence use (K1)',
    outcome_N6: 'Still working here in two years (N6)',
    outcome_wants_larger: 'Wants a larger position',
    driversTooFew: 'Too few answered every question for the drivers to be shown (at least {minimum}).',
    driversTooFewGroup: 'Too few responses.',
    driversNotEstimable: 'The drivers cannot be computed for this group (a question does not vary).',
    driversSummary: '{n} responses with every question, R² = {r2}.',
    importance: 'Importance (share of R²)',
    interval: '95 % interval',
    rank: 'Rank (interval)',
    correlation: 'Correlation',
    score: 'Score (0–100)',
    driver: 'Driver',
    actHere: 'Important, but a low score',
    recruitment: 'Recruitment scenario (the KS model)',
    need: 'Need for more full-time equivalents',
    compute: 'Compute',
    needInvalid: 'Enter a number above 0.',
    hiddenFte: 'Hidden FTE (wishes for larger positions)',
    positions: 'Positions that need not be advertised',
    fteNow: 'FTE today',
    fteIfMet: 'FTE if every wish were met',
    averageNow: 'Average position size today',
    averageToCover: 'Average position size that covers the need',
    covered: 'Share of the need the wishes cover',
    recruitmentTooFew: 'Too few responses.',
    recruitmentNone: 'This survey has no position-size questions, or the headcount is unknown.',
    measures: 'Measures',
    measuresNone: 'No measures are registered for this goal.',
    measureChangeWithheld: 'the change is not shown: the groups differ by too few responses',
    owner: 'Owner',
    period: 'Period',
    status: 'Status',
    partners: 'Partners',
    milestones: 'Milestones',
    before: 'Before',
    after: 'After',
    result: 'Result',
    done: 'done',
    notDone: 'not done',
    status_planned: 'planned',
    status_ongoing: 'ongoing',
    status_delayed: 'delayed',
    status_done: 'done',
    status_stopped: 'stopped',
    role_union: 'unions',
    role_safety_representative: 'safety representative',
    role_employees: 'employees',
    role_management: 'management',
    role_politicians: 'politicians',
    role_other: 'others',
    curveSummary: '{name}: baseline {baseline} ({baselineDate}), target {target}; {points}. Measures: {measures}.',
    baseline: 'Baseline',
    target: 'Target',
  },
};

const DRIVER_NAMES = {
  nn: {
    mastery_leadership_index: 'Meistringsorientert leiing',
    K2: 'Relevant kompetanseutvikling (K2)',
    K3: 'Rolleklarheit (K3)',
    K4: 'Meistringstru (K4)',
    K5: 'Autonomi (K5)',
    K6: 'Meistringsklima (K6)',
    N2: 'Støtte frå leiar (N2)',
    N3: 'Innverknad (N3)',
    N4: 'Lite motstridande krav (N4)',
    N5: 'Meiningsfull jobb (N5)',
  },
  nb: {
    mastery_leadership_index: 'Mestringsorientert ledelse',
    K2: 'Relevant kompetanseutvikling (K2)',
    K3: 'Rolleklarhet (K3)',
    K4: 'Mestringstro (K4)',
    K5: 'Autonomi (K5)',
    K6: 'Mestringsklima (K6)',
    N2: 'Støtte fra leder (N2)',
    N3: 'Innflytelse (N3)',
    N4: 'Lite motstridende krav (N4)',
    N5: 'Meningsfull jobb (N5)',
  },
  en: {
    mastery_leadership_index: 'Mastery-oriented leadership',
    K2: 'Relevant development (K2)',
    K3: 'Role clarity (K3)',
    K4: 'Mastery belief (K4)',
    K5: 'Autonomy (K5)',
    K6: 'Mastery climate (K6)',
    N2: 'Support from the leader (N2)',
    N3: 'Influence (N3)',
    N4: 'Few conflicting demands (N4)',
    N5: 'Meaningful work (N5)',
  },
};

export function at(lang, key, values = {}) {
  const text = S[lang]?.[key] ?? S.nb[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

const OUTCOMES = ['K1', 'N6', 'wants_larger'];

/** Sections already built, so that a re-render of the view keeps them (and what was entered). */
const built = new Map();

function once(kind, lang, round, unit, build) {
  const key = `${kind}|${lang}|${round}|${unit || ''}`;
  if (!built.has(key)) {
    built.set(key, build());
  }
  return built.get(key);
}

/** The drivers of the chosen outcome for a group, loaded when shown and when the outcome changes. */
export function driversSection(api, lang, round, unit) {
  return once('drivers', lang, round, unit, () => buildDrivers(api, lang, round, unit));
}

function buildDrivers(api, lang, round, unit) {
  const select = el(
    'select',
    { id: 'driver-outcome', onchange: () => load(select.value) },
    OUTCOMES.map((id) => el('option', { value: id, text: at(lang, `outcome_${id}`) })),
  );
  const content = el('div', { class: 'drivers-content', 'aria-live': 'polite' });
  const q = encodeURIComponent;
  async function load(outcome) {
    const answer = await api.get(`/api/rounds/${q(round)}/drivers?outcome=${q(outcome)}${unit ? `&unit=${q(unit)}` : ''}`);
    content.replaceChildren(...driversContent(lang, answer));
  }
  load(OUTCOMES[0]);
  return el(
    'section',
    { class: 'drivers', 'aria-labelledby': 'drivers-title', 'data-unit': unit || '' },
    el('h3', { id: 'drivers-title', text: at(lang, 'drivers') }),
    el('p', { class: 'hint', text: at(lang, 'driversHint') }),
    el('div', { class: 'controls' }, el('label', { for: 'driver-outcome', text: at(lang, 'outcome') }), select),
    content,
  );
}

function driversContent(lang, answer) {
  if (answer.status !== 200) {
    return [el('p', { class: 'error', text: `${answer.status}` })];
  }
  const body = answer.body;
  if (body.suppressed) {
    const key = body.reason === 'too_few_responses' ? 'driversTooFewGroup' : body.reason === 'not_estimable' ? 'driversNotEstimable' : 'driversTooFew';
    return [el('p', { class: 'too-few', 'data-drivers-withheld': body.reason, text: at(lang, key, { minimum: body.minimum }) })];
  }
  const share = (v) => formatValue(lang, 'share', v);
  const score = (v) => formatValue(lang, 'count', v);
  const names = DRIVER_NAMES[lang] || DRIVER_NAMES.nb;
  const drivers = body.drivers.map((d) => ({
    id: d.id,
    label: names[d.id] || d.id,
    rank: d.rank,
    share: d.share,
    low: d.importanceCi95[0] / body.rSquared,
    high: d.importanceCi95[1] / body.rSquared,
    score100: d.score100,
    cells: [
      share(d.share),
      `${share(d.importanceCi95[0] / body.rSquared)} – ${share(d.importanceCi95[1] / body.rSquared)}`,
      `${d.rank} (${d.rankCi95[0]}–${d.rankCi95[1]})`,
      formatValue(lang, 'alpha', d.correlation),
      score(d.score100),
    ],
  }));
  return [
    el('p', { class: 'group-summary', text: at(lang, 'driversSummary', { n: body.n, r2: formatValue(lang, 'alpha', body.rSquared) }) }),
    driverChart({
      title: `${at(lang, 'drivers')} – ${at(lang, `outcome_${body.outcome}`)}`,
      drivers,
      format: share,
      formatScore: score,
      headers: [at(lang, 'driver'), at(lang, 'importance'), at(lang, 'interval'), at(lang, 'rank'), at(lang, 'correlation'), at(lang, 'score')],
      summary: drivers.map((d) => `${d.label} ${share(d.share)} (${score(d.score100)})`).join(', '),
      corner: at(lang, 'actHere'),
      xLabel: at(lang, 'score'),
      yLabel: at(lang, 'importance'),
    }),
  ];
}

/** KS's recruitment scenario: the hidden reserve at once, the need's cover when one is entered. */
export function recruitmentSection(api, lang, round, unit) {
  return once('recruitment', lang, round, unit, () => buildRecruitment(api, lang, round, unit));
}

function buildRecruitment(api, lang, round, unit) {
  const input = el('input', { type: 'text', inputmode: 'decimal', id: 'recruitment-need', name: 'need', autocomplete: 'off', 'aria-describedby': 'recruitment-error' });
  const error = el('p', { id: 'recruitment-error', class: 'field-error' });
  const content = el('div', { class: 'recruitment-content', 'aria-live': 'polite' });
  const q = encodeURIComponent;
  async function load(need) {
    const answer = await api.get(`/api/rounds/${q(round)}/recruitment?${unit ? `unit=${q(unit)}&` : ''}${need ? `need=${q(need)}` : ''}`);
    if (answer.status === 400) {
      input.setAttribute('aria-invalid', 'true');
      error.textContent = at(lang, 'needInvalid');
      return;
    }
    input.removeAttribute('aria-invalid');
    error.textContent = '';
    content.replaceChildren(...recruitmentContent(lang, answer));
  }
  const form = el(
    'form',
    {
      class: 'controls recruitment-form',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        load(input.value.trim().replace(',', '.'));
      },
    },
    el('label', { for: 'recruitment-need', text: at(lang, 'need') }),
    input,
    el('button', { type: 'submit', class: 'button', text: at(lang, 'compute') }),
    error,
  );
  load(null);
  return el(
    'section',
    { class: 'recruitment', 'aria-labelledby': 'recruitment-title', 'data-unit': unit || '' },
    el('h3', { id: 'recruitment-title', text: at(lang, 'recruitment') }),
    form,
    content,
  );
}

function recruitmentContent(lang, answer) {
  if (answer.status !== 200) {
    return [el('p', { class: 'error', text: `${answer.status}` })];
  }
  const s = answer.body;
  if (s.suppressed) {
    return [el('p', { class: 'too-few', text: at(lang, s.reason === 'too_few_responses' ? 'recruitmentTooFew' : 'recruitmentNone') })];
  }
  const fte = (v) => formatValue(lang, 'fte', v);
  const percent = (v) => formatValue(lang, 'percent', v);
  const rows = [
    ['hiddenFte', fte(s.hiddenFte)],
    ['positions', formatValue(lang, 'count', s.positionsNotAdvertised)],
    ['fteNow', fte(s.fteNow)],
    ['fteIfMet', fte(s.fteIfWishesMet)],
    ['averageNow', percent(s.averageNow)],
  ];
  if (s.need !== undefined) {
    rows.push(['need', fte(s.need)], ['covered', formatValue(lang, 'share', s.coveredShare)], ['averageToCover', percent(s.averageToCover)]);
  }
  return [
    el(
      'table',
      { class: 'chart-table recruitment-table' },
      el('caption', { class: 'visually-hidden', text: at(lang, 'recruitment') }),
      el('tbody', {}, rows.map(([key, value]) => el('tr', { 'data-figure': key }, el('th', { scope: 'row', text: at(lang, key) }), el('td', { text: value })))),
    ),
  ];
}

/** The name of a driver item or outcome a measure may target, in the page's language. */
export function itemName(lang, id) {
  return (DRIVER_NAMES[lang] || DRIVER_NAMES.nb)[id] || (S[lang]?.[`outcome_${id}`] ?? S.nb[`outcome_${id}`]) || id;
}

/**
 * A goal's curve with its measures marked, and the measures listed with their before/after.
 *
 * @param withMeasure optional: what to put at the end of each measure's entry (HR's edit button)
 */
export function measuresOfGoal(lang, goal, name, format, unit, withMeasure = () => null) {
  const measures = goal.measures || [];
  const points = goal.progress.filter((step) => step.value !== undefined).map((step) => ({ date: step.date, value: step.value, label: step.wave }));
  const numbered = measures.map((m, i) => ({ number: i + 1, title: m.title, starts: m.starts, ends: m.ends }));
  // The curve starts at the baseline, measured on its own date; the axis reaches back further
  // when a measure began before it.
  const curve = goalCurve({
    title: name,
    start: goal.baselineDate,
    deadline: goal.deadline,
    baseline: goal.baseline,
    target: goal.target,
    points,
    measures: numbered,
    format,
    formatDate: (iso) => formatDate(lang, iso),
    labels: { target: at(lang, 'target'), baseline: at(lang, 'baseline') },
    summary: at(lang, 'curveSummary', {
      name,
      baseline: format(goal.baseline),
      baselineDate: formatDate(lang, goal.baselineDate),
      target: format(goal.target),
      points: points.map((p) => `${p.label} ${format(p.value)}`).join(', '),
      measures: numbered.map((m) => `${m.number}. ${m.title} ${formatDate(lang, m.starts)}`).join(', ') || '–',
    }),
  });
  const list = measures.length
    ? el('ol', { class: 'measures' }, measures.map((m) => measureItem(lang, m, format, unit, withMeasure(m))))
    : el('p', { text: at(lang, 'measuresNone') });
  return [curve, el('h5', { class: 'measures-title', text: at(lang, 'measures') }), list];
}

function measureItem(lang, m, format, unit, extra) {
  const partners = m.partners.map((p) => (p.name ? `${p.name} (${at(lang, `role_${p.role}`)})` : at(lang, `role_${p.role}`))).join(', ');
  const result = m.result;
  const resultText = result
    ? [
        result.before ? `${at(lang, 'before')} (${result.before.wave}) ${format(result.before.value)}` : null,
        result.after ? `${at(lang, 'after')} (${result.after.wave}) ${format(result.after.value)}` : null,
      ]
        .filter(Boolean)
        .join(' → ') +
      (result.change !== undefined ? `, ${formatChange(lang, unit, result.change)}` : '') +
      (Array.isArray(result.ci95)
        ? ` (${at(lang, 'interval')} ${formatChange(lang, unit, result.ci95[0], false)} – ${formatChange(lang, unit, result.ci95[1], false)})`
        : '') +
      (result.withheld ? `; ${at(lang, 'measureChangeWithheld')}` : '')
    : '';
  return el(
    'li',
    { class: 'measure', 'data-measure': m.id },
    el('strong', { text: m.title }),
    ` – ${at(lang, 'status')}: `,
    el('span', { class: `badge measure-${m.status}`, text: at(lang, `status_${m.status}`) }),
    el(
      'p',
      { class: 'hint' },
      `${at(lang, 'owner')}: ${m.owner}. ${at(lang, 'period')}: ${formatDate(lang, m.starts)}${m.ends ? ` – ${formatDate(lang, m.ends)}` : ''}.`,
      partners ? ` ${at(lang, 'partners')}: ${partners}.` : '',
    ),
    m.milestones.length
      ? el(
          'ul',
          { class: 'milestones', 'aria-label': at(lang, 'milestones') },
          m.milestones.map((s) => el('li', { text: `${formatDate(lang, s.date)}: ${s.title} (${at(lang, s.done ? 'done' : 'notDone')})` })),
        )
      : null,
    resultText ? el('p', { class: 'measure-result', text: `${at(lang, 'result')}: ${resultText}` }) : null,
    extra,
  );
}

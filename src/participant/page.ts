import {
  CONTRIBUTION_WINDOW_MS,
  CONTRIBUTIONS_PER_WINDOW,
  MAX_NOTE_CHARS,
  noteProblem,
  type Contribution,
  type PresentStep,
} from '../domain/contributions';
import type { Locale } from '../domain/locale';
import { EMOTIONS, type Emotion } from '../domain/journey';
import { EMOTION_LABELS } from '../domain/vocabulary';
import { randomToken } from '../sync/keys';
import type { ParticipantLink } from '../sync/links';
import type { Participation, ParticipationEvents, ParticipationStatus } from '../sync/participation';
import { me, type Person } from '../sync/settings';
import { fill, h } from './dom';
import { askName } from './nameForm';
import { lastStep, noteDraft, sentHistory, type SentEntry } from './pending';
import { describeSent, refusalText } from './texts';
import { wordsFor, type Words } from './words';

/** A step a contribution is about: its target in the journey and its title as the phone showed it. */
interface About {
  target: Contribution['target'];
  title: string;
}

/** What the page needs from outside: the link, the language, and how to connect. */
export interface ParticipantPageOptions {
  root: HTMLElement;
  link: ParticipantLink | undefined;
  locale: Locale;
  /** Switches the language (remembered) and draws the page again. */
  onLocale(locale: Locale): void;
  connect(events: ParticipationEvents): Participation;
}

/**
 * The participant page: a name, then the step the facilitator shows (live), and for it a note, for a
 * touchpoint also an emotion and "this hurts". Plain DOM (see dom.ts); every word from the catalogs.
 */
export function mountParticipantPage(options: ParticipantPageOptions): { destroy(): void } {
  const { root, link, locale } = options;
  const t = wordsFor(locale);
  document.documentElement.lang = locale;
  document.title = t('documentTitle');

  const languageButton = h(
    'button',
    {
      type: 'button',
      class: 'participant__language',
      lang: locale === 'es' ? 'en' : 'es',
      'aria-label': t('languageLabel'),
      onclick: () => options.onLocale(locale === 'es' ? 'en' : 'es'),
    },
    t('language'),
  );
  const main = h('main', { id: 'main', class: 'participant', 'data-testid': 'participant' });
  fill(
    root,
    h('header', { class: 'participant__bar' }, h('span', { class: 'participant__brand' }, 'Recorrido'), languageButton),
    main,
  );

  let participation: Participation | null = null;
  if (!link) {
    fill(
      main,
      h('h1', { class: 'participant__title' }, t('title')),
      h('p', { class: 'participant__alert', role: 'alert' }, t('badLink')),
    );
  } else {
    const person = me();
    if (person.name) participation = joined(main, t, locale, person, options);
    else {
      // The link is checked while the name is asked: a key that no longer works says so before anyone
      // types a name for a workshop they cannot reach.
      const early = connectEarly(options.connect, (reason) =>
        fill(
          main,
          h('h1', { class: 'participant__title' }, t('title')),
          h('p', { class: 'participant__alert', role: 'alert' }, reason ? refusalText(t, reason) : t('status.refused')),
        ),
      );
      participation = early.participation;
      askName(main, t, (p) => (participation = joined(main, t, locale, p, { ...options, connect: early.attach })));
    }
  }
  return { destroy: () => participation?.destroy() };
}

/**
 * Connects at once, before the workshop screen exists: what the connection reports is held until that
 * screen takes it (`attach`, given as its `connect`), except a refusal meanwhile, which `onRefused` shows.
 * Only the first attach takes this connection; a later one (the screen drawn again after "Change name",
 * which destroyed it) connects anew.
 */
function connectEarly(
  connect: ParticipantPageOptions['connect'],
  onRefused: (reason: string | null) => void,
): { participation: Participation; attach(events: ParticipationEvents): Participation } {
  let target: ParticipationEvents | null = null;
  const held: ((events: ParticipationEvents) => void)[] = [];
  const pass = (call: (events: ParticipationEvents) => void) => (target ? call(target) : held.push(call));
  const participation = connect({
    status(status, reason) {
      if (!target && status === 'refused') onRefused(reason);
      pass((events) => events.status(status, reason));
    },
    step: (step) => pass((events) => events.step(step)),
    delivery: (sent, waiting) => pass((events) => events.delivery(sent, waiting)),
    refused: (reason) => pass((events) => events.refused(reason)),
  });
  return {
    participation,
    attach(events) {
      if (target) return connect(events);
      target = events;
      for (const call of held.splice(0)) call(events);
      return participation;
    },
  };
}

/** The workshop screen, connected to the room. */
function joined(
  main: HTMLElement,
  t: Words,
  locale: Locale,
  initial: Person,
  options: ParticipantPageOptions,
): Participation {
  const person = initial;
  const shownLast = options.link ? lastStep(options.link.room) : null;
  // Until the room answers, the step shown before a reload: with no network it is all the phone knows.
  let step: PresentStep | null = shownLast?.load() ?? null;
  const history = options.link ? sentHistory(options.link.room) : null;
  // What this phone sent to this room, this visit and before (a reload keeps the list).
  const mine: SentEntry[] = history?.load() ?? [];
  let delivered: ReadonlySet<string> = new Set();
  const recent: number[] = [];
  let rateTimer: ReturnType<typeof setTimeout> | undefined;

  const who = h('p', { class: 'participant__who' });
  const status = h(
    'p',
    { class: 'participant__status', role: 'status', 'data-state': 'connecting' },
    t('status.connecting'),
  );
  const problem = h('p', { class: 'participant__alert', role: 'alert' });
  const kicker = h('p', { class: 'participant__kicker' });
  const title = h('h1', { class: 'participant__title participant__title--step', tabindex: -1 });
  const stepBox = h('section', { class: 'participant__step', 'aria-live': 'polite' }, kicker, title);

  const note = h('textarea', {
    id: 'participant-note',
    class: 'participant__note',
    rows: 4,
    'data-testid': 'participant-note',
    'aria-describedby': 'participant-note-hint participant-note-count',
  });
  const noteHint = h('p', { id: 'participant-note-hint', class: 'participant__hint' });
  const noteCount = h('p', { id: 'participant-note-count', class: 'participant__hint' });
  const emotion = h('select', {
    id: 'participant-emotion',
    class: 'participant__select',
    'data-testid': 'participant-emotion',
  });
  const pain = h('button', {
    type: 'button',
    class: 'participant__button participant__button--pain',
    'data-testid': 'participant-pain',
    'aria-pressed': 'false',
  });
  const touchpointOnly = h(
    'div',
    { class: 'participant__touchpoint' },
    h('label', { for: 'participant-emotion', class: 'participant__label' }, t('emotion')),
    emotion,
    pain,
  );
  const reactions = h(
    'section',
    { class: 'participant__reactions', 'aria-label': t('note') },
    touchpointOnly,
    h('label', { for: 'participant-note', class: 'participant__label' }, t('note')),
    note,
    noteHint,
    noteCount,
    h(
      'button',
      {
        type: 'button',
        class: 'participant__button participant__button--primary',
        'data-testid': 'participant-send',
        onclick: () => sendNote(),
      },
      t('send'),
    ),
  );
  const noReactions = h('p', { class: 'participant__lead' }, t('noReactions'));
  const sentList = h('ul', { class: 'participant__sent' });
  const sentBox = h(
    'section',
    { class: 'participant__history', 'aria-labelledby': 'participant-sent-title' },
    h('h2', { id: 'participant-sent-title' }, t('sentTitle')),
    sentList,
  );

  fill(
    emotion,
    h('option', { value: '' }, t('emotionNone')),
    ...EMOTIONS.map((e) => h('option', { value: String(e) }, EMOTION_LABELS[e][locale])),
  );
  fill(main, who, status, problem, stepBox, reactions, noReactions, sentBox);

  const target = () =>
    step && (step.kind === 'stage' || step.kind === 'touchpoint') && step.id ? { kind: step.kind, id: step.id } : null;
  /** A step's name as this phone says it: one left blank in the journey in the phone's own words. */
  const titleOf = (shownStep: PresentStep) =>
    shownStep.kind === 'summary'
      ? t('kind.summary')
      : shownStep.untitled || !shownStep.title.trim()
        ? t(`untitled.${shownStep.kind}`)
        : shownStep.title;
  /** The step shown now, as what a contribution is about (with its title, for the list of what was sent). */
  const shown = (): About | null => {
    const about = target();
    return about && step ? { target: about, title: titleOf(step) } : null;
  };
  /**
   * What the note being written is about: the step shown when its first letter was typed. The facilitator
   * often moves on while someone is still typing; the note stays with the step it was begun on.
   */
  let noteAbout: About | null = null;
  /**
   * What the emotion picker is about: the step shown when it was opened (a tap, a key), as its list may
   * stay open while the room moves on; a picker focused earlier and opened again later is about the step
   * shown then.
   */
  let emotionAbout: About | null = null;

  /** Whether this phone stays within the server's rate; says so when it does not. */
  const withinRate = () => {
    const now = Date.now();
    while (recent.length && now - recent[0] > CONTRIBUTION_WINDOW_MS) recent.shift();
    if (recent.length >= CONTRIBUTIONS_PER_WINDOW) {
      problem.textContent = t('tooFast');
      // The warning goes when sending is allowed again, not at the next tap.
      clearTimeout(rateTimer);
      rateTimer = setTimeout(
        () => {
          if (problem.textContent === t('tooFast')) problem.textContent = '';
        },
        CONTRIBUTION_WINDOW_MS - (now - recent[0]) + 100,
      );
      return false;
    }
    recent.push(now);
    problem.textContent = '';
    return true;
  };

  const send = (fields: Pick<Contribution, 'kind' | 'text' | 'emotion'>, about = shown()): boolean => {
    if (!about || !withinRate()) return false;
    const contribution: Contribution = {
      id: randomToken(12),
      participant: { id: person.id, name: person.name },
      target: about.target,
      at: new Date().toISOString(),
      ...fields,
    };
    mine.push({ contribution, title: about.title, confirmed: false });
    history?.save(mine);
    participation.send(contribution);
    return true;
  };

  const showNoteState = (problemKind: 'empty' | 'too-long' | null) => {
    const count = [...note.value].length;
    noteCount.textContent = t('noteCount', { count, max: MAX_NOTE_CHARS });
    note.setAttribute('aria-invalid', String(problemKind !== null));
    noteCount.className =
      problemKind === 'too-long' ? 'participant__hint participant__hint--error' : 'participant__hint';
    if (problemKind === 'empty') noteHint.textContent = t('noteEmpty');
    else if (problemKind === 'too-long') noteHint.textContent = t('noteTooLong', { count, max: MAX_NOTE_CHARS });
    else if (noteAbout && noteAbout.target.id !== target()?.id)
      noteHint.textContent = t('noteHintEarlier', { title: noteAbout.title });
    else noteHint.textContent = step ? t('noteHint', { title: titleOf(step) }) : '';
    noteHint.className = problemKind ? 'participant__hint participant__hint--error' : 'participant__hint';
  };

  // The note not sent yet, and the step it is about, kept through a reload.
  const drafts = options.link ? noteDraft(options.link.room) : null;
  const kept = drafts?.load();
  if (kept) {
    note.value = kept.text;
    noteAbout = kept.about;
  }
  const keepDraft = () => drafts?.save({ text: note.value, about: noteAbout });

  function sendNote() {
    const kind = noteProblem(note.value);
    showNoteState(kind);
    if (kind) return note.focus();
    if (send({ kind: 'note', text: note.value.trim() }, noteAbout ?? shown())) {
      note.value = '';
      noteAbout = null;
      keepDraft();
      renderReactions();
    }
  }
  note.addEventListener('input', () => {
    if (note.value.trim() === '') noteAbout = null;
    else noteAbout ??= shown();
    keepDraft();
    showNoteState(noteProblem(note.value) === 'too-long' ? 'too-long' : null);
  });
  emotion.addEventListener('pointerdown', () => (emotionAbout = shown()));
  emotion.addEventListener('keydown', () => (emotionAbout ??= shown()));
  emotion.addEventListener('blur', () => (emotionAbout = null));
  emotion.addEventListener('change', () => {
    const about = emotionAbout ?? shown();
    // A select keeps the focus after a choice: the next choice is about the step shown by then.
    emotionAbout = null;
    if (emotion.value !== '') send({ kind: 'emotion', emotion: Number(emotion.value) as Emotion }, about);
    // Picked for a step left meanwhile: the picker shows the step on screen again.
    if (about && about.target.id !== target()?.id) renderReactions();
  });
  pain.addEventListener('click', () => {
    if (pain.getAttribute('aria-pressed') !== 'true' && send({ kind: 'pain' })) renderReactions();
  });

  const ownLatest = (kind: Contribution['kind'], id: string) =>
    mine.filter((s) => s.contribution.kind === kind && s.contribution.target.id === id).pop()?.contribution;

  function renderWho() {
    fill(
      who,
      t('you', { name: person.name }),
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'participant__link',
          onclick: () => {
            participation.destroy();
            askName(main, t, (p) => (participation = joined(main, t, locale, p, options)), person.name);
          },
        },
        t('changeName'),
      ),
    );
  }

  function renderStep() {
    if (!step) {
      fill(kicker);
      title.removeAttribute('data-testid');
      title.textContent = t('waiting');
    } else {
      const parts = [t('stepOf', { n: step.index + 1, count: step.count })];
      // The summary's title is its kind: "Step 28 of 28 · Summary" over "Summary" said it twice.
      if (step.kind !== 'summary') parts.push(t(`kind.${step.kind}`));
      if (step.kind === 'touchpoint' && step.stage) parts.push(t('stageOf', { stage: step.stage }));
      kicker.textContent = parts.join(' · ');
      title.setAttribute('data-testid', 'participant-step');
      title.setAttribute('data-step-kind', step.kind);
      title.textContent = titleOf(step);
    }
    renderReactions();
  }

  function renderReactions() {
    const about = target();
    // The picker now shows this step: a choice made from here is about it (see the picker's focus).
    if (document.activeElement !== emotion) emotionAbout = null;
    // A note begun on an earlier step stays on screen, to send or clear, whatever the room moved to.
    reactions.hidden = !about && !noteAbout;
    noReactions.hidden = !reactions.hidden || !step;
    touchpointOnly.hidden = about?.kind !== 'touchpoint';
    showNoteState(null);
    if (about?.kind !== 'touchpoint') return;
    const own = ownLatest('emotion', about.id);
    emotion.value = own?.emotion === undefined ? '' : String(own.emotion);
    const hurt = !!ownLatest('pain', about.id);
    pain.setAttribute('aria-pressed', String(hurt));
    pain.textContent = hurt ? t('painSent') : t('pain');
  }

  function renderSent() {
    if (mine.length === 0) return fill(sentList, h('li', {}, t('sentNone')));
    fill(
      sentList,
      ...mine
        .slice()
        .reverse()
        .map(({ contribution: c, title: about, confirmed }) => {
          const sent = confirmed || delivered.has(c.id);
          const what = describeSent(t, locale, c, about);
          return h(
            'li',
            { 'data-delivery': sent ? 'sent' : 'waiting' },
            h('span', {}, what),
            h('span', { class: 'participant__delivery' }, sent ? t('deliverySent') : t('deliveryWaiting')),
          );
        }),
    );
  }

  const setStatus = (next: ParticipationStatus, reason: string | null) => {
    status.dataset.state = next;
    status.textContent = t(`status.${next}`);
    if (next !== 'refused') return;
    // Refused: one message saying why, and nothing of a workshop this link cannot reach.
    status.hidden = true;
    status.textContent = '';
    stepBox.hidden = true;
    reactions.hidden = true;
    noReactions.hidden = true;
    problem.textContent = reason ? refusalText(t, reason) : t('status.refused');
  };

  let participation: Participation = options.connect({
    status: setStatus,
    step(next) {
      const moved = next?.kind !== step?.kind || next?.id !== step?.id;
      step = next;
      shownLast?.save(next);
      renderStep();
      if (moved && document.activeElement === document.body) title.focus();
    },
    delivery(sent) {
      delivered = sent;
      const newly = mine.filter((entry) => !entry.confirmed && sent.has(entry.contribution.id));
      for (const entry of newly) entry.confirmed = true;
      if (newly.length > 0) history?.save(mine);
      renderSent();
    },
    refused(reason) {
      problem.textContent = refusalText(t, reason);
    },
  });
  renderWho();
  renderStep();
  renderSent();
  title.focus();
  return {
    send: (c) => participation.send(c),
    destroy: () => participation.destroy(),
  };
}

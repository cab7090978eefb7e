import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActionContext } from '../actions/action';
import { useActionKeys } from '../actions/useActionKeys';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useEditor, useServices } from '../store/services';
import { journeyOrder } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import {
  acceptedNoteFields,
  acceptedNoteIsInStage,
  presentationSteps,
  revealedTouchpoints,
  stageStepIndex,
  stepStageId,
  touchpointFromStageNote,
  type PresentationStep,
} from '../domain/presentation';
import { LoadProblem } from '../ui/LoadProblem';
import { useOpenJourney } from '../store/useOpenJourney';
import { SaveStatus } from '../ui/SaveStatus';
import { SyncBadge } from '../sync/SyncBadge';
import { useJourneyTitle } from '../ui/useDocumentTitle';
import { roomEmotions, type AcceptedAs, type Contribution, type PresentStep } from '../domain/contributions';
import { keepRoomPersona } from '../domain/commands/personaCommands';
import { LIMITS } from '../domain/limits';
import { addTouchpoint, updateTouchpoints } from '../domain/commands/touchpointCommands';
import { presentAction } from '../actions/registry';
import { useLocale } from '../ui/useLocale';
import { CapturePanel } from './CapturePanel';
import { ContributionsPanel } from './ContributionsPanel';
import { JoinPanel } from './JoinPanel';
import { useWorkshop } from './useWorkshop';
import { useSync } from '../sync/context';
import { OverviewStep } from './OverviewStep';
import { editorPath } from '../ui/paths';
import { PresentControls } from './PresentControls';
import { PresentCurve } from './PresentCurve';
import { StageStep } from './StageStep';
import { StageStrip } from './StageStrip';
import { SummaryStep } from './SummaryStep';
import { TouchpointStep } from './TouchpointStep';
import { useFullscreen } from './useFullscreen';
import { usePresentStep } from './usePresentStep';
import { useShownPersona } from '../ui/useShownPersona';
import './PresentPage.css';
import { stageLabel } from '../domain/stageLabel';

/** The persona a workshop room's emotions are kept as: one per journey, replaced when kept again. */
const ROOM_PERSONA_ID = 'persona-room';

/** The presentation route: one journey walked step by step on a projector, captures saved as edits. */
export function PresentPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const status = useEditor((s) => s.status);
  const openId = useEditor((s) => s.journey?.id);

  useOpenJourney(id);
  useJourneyTitle(id);

  // Full screen is left before the route changes. Chromium rebuilds the page's whole layout tree when
  // full screen starts and ends; a navigation while in full screen forces that rebuild of the hidden editor
  // (content-visibility only defers it), so navigating first built the editor twice on the way out.
  const left = useRef(false);
  const exit = useCallback(() => {
    const leave = () => {
      if (left.current) return;
      left.current = true;
      void navigate(editorPath(id));
    };
    if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return leave();
    try {
      document.exitFullscreen().then(leave, leave);
      // Should a browser never settle that promise, Exit still leaves.
      window.setTimeout(leave, 1000);
    } catch {
      leave();
    }
  }, [navigate, id]);
  // One element around the loading message and the presentation that follows it: full screen ends when
  // its element leaves the document.
  const screen = useRef<HTMLDivElement>(null);
  useFullscreen(screen, exit);

  return (
    <div className="present-screen" ref={screen}>
      {status === 'ready' && openId === id ? (
        <Presentation onExit={exit} />
      ) : (
        <div className="present present--message">
          <main id="main" className="present__main">
            <LoadProblem status={status === 'ready' ? 'loading' : status} />
          </main>
        </div>
      )}
    </div>
  );
}

function stepName(step: PresentationStep, journey: Journey, t: ReturnType<typeof useTranslation>['t']): string {
  if (step.kind === 'overview') return journey.name || t('library.untitled');
  if (step.kind === 'summary') return t('present.summary');
  if (step.kind === 'stage')
    return stageLabel(journey.stages.find((s) => s.id === step.stageId)?.name ?? '', t('stage.unnamed'));
  return journey.touchpoints.find((tp) => tp.id === step.touchpointId)?.title || t('touchpoint.untitled');
}

/**
 * The step as the phones are told it (the contributions document's `present` map): its name as the
 * facilitator's screen shows it, marked `untitled` when the journey leaves it blank, so that a phone says
 * "Untitled touchpoint" in its own language rather than the facilitator's.
 */
function roomStep(step: PresentationStep, journey: Journey, index: number, count: number, name: string): PresentStep {
  const mark = (raw: string | undefined) => (raw?.trim() ? {} : { untitled: true });
  if (step.kind === 'overview') return { kind: 'overview', title: name, index, count, ...mark(journey.name) };
  if (step.kind === 'summary') return { kind: 'summary', title: name, index, count };
  const stage = journey.stages.find((s) => s.id === step.stageId)?.name.trim();
  if (step.kind === 'stage') return { kind: 'stage', id: step.stageId, title: name, index, count, ...mark(stage) };
  const title = journey.touchpoints.find((tp) => tp.id === step.touchpointId)?.title;
  return {
    kind: 'touchpoint',
    id: step.touchpointId,
    title: name,
    index,
    count,
    ...(stage ? { stage } : {}),
    ...mark(title),
  };
}

function Presentation({ onExit }: { onExit(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { editor } = useServices();
  const run = useEditor((s) => s.run);
  const [joinOpen, setJoinOpen] = useState(false);
  const shared = useSync((s) => s.share !== null);
  const journey = useEditor((s) => s.journey!);
  const readOnly = useEditor((s) => s.readOnly);
  const persona = useShownPersona();
  const { stages, touchpoints } = journey;
  const steps = useMemo(() => presentationSteps({ stages, touchpoints }), [stages, touchpoints]);
  const ordered = useMemo(() => journeyOrder({ stages, touchpoints }), [stages, touchpoints]);
  const { index, go, move } = usePresentStep(steps.length);
  const step = steps[index];
  const focusStageId = stepStageId(step);

  const name = stepName(step, journey, t);
  const { workshop, state: room } = useWorkshop(roomStep(step, journey, index, steps.length, name));
  // J on a journey not shared: no participants' link exists yet, so the footer says how to get one (until
  // J again or the next step).
  const [joinHintAt, setJoinHintAt] = useState<number | null>(null);
  const toggleJoin = useCallback(() => {
    if (shared) setJoinOpen((open) => !open);
    else setJoinHintAt((at) => (at === index ? null : index));
  }, [shared, index]);

  const navigate = useNavigate();
  const actions = useMemo<ActionContext>(
    () => ({
      editor,
      t,
      navigate: (path) => void navigate(path),
      present: {
        next: () => move(1),
        previous: () => move(-1),
        first: () => go(0),
        last: () => go(steps.length - 1),
        exit: onExit,
        toggleJoin,
      },
    }),
    [editor, t, navigate, move, go, steps.length, onExit, toggleJoin],
  );
  useActionKeys('present', actions);

  // The focus starts in the presentation, not on the Present button of the editor now inert under it; and
  // comes back to the slide when a step took away what held it (the summary's region) or disabled it (Next
  // on the last step), rather than falling to the page, where the keys scroll nothing. Each step opens at
  // its top: the slide is the box a long step scrolls in, and the summary may have been scrolled down.
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    const slide = main.current;
    if (!slide) return;
    slide.scrollTop = 0;
    const focused = document.activeElement;
    const region = slide.parentElement;
    if (region && (!region.contains(focused) || focused?.matches(':disabled'))) slide.focus({ preventScroll: true });
  }, [index]);

  const revealed = useMemo(() => revealedTouchpoints(steps, index), [steps, index]);
  const current = index + 1;
  const stageIndex = focusStageId === null ? -1 : stages.findIndex((s) => s.id === focusStageId);
  const focusedTouchpoint =
    step.kind === 'touchpoint' ? touchpoints.find((tp) => tp.id === step.touchpointId) : undefined;

  /**
   * A note from the room goes into the map as an ordinary, undoable edit, then is marked accepted: into the
   * touchpoint it was sent on, or, sent on a stage, as a new touchpoint of that stage (not past the journey's
   * limit, which the editor says).
   */
  const accept = (contribution: Contribution, as: AcceptedAs) => {
    const current = editor.getState().journey;
    if (!current || !workshop) return;
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date());
    if (as === 'touchpoint') {
      const have = current.touchpoints.length;
      if (have + 1 > LIMITS.touchpoints) return editor.getState().setOverLimit({ have, adding: 1 });
      const touchpoint = touchpointFromStageNote(current, contribution.target.id, contribution, date);
      if (!touchpoint) return;
      run(addTouchpoint, { touchpoint });
    } else {
      const target = current.touchpoints.find((tp) => tp.id === contribution.target.id);
      if (!target) return;
      run(updateTouchpoints, { ids: [target.id], fields: acceptedNoteFields(target, contribution, as, date) });
    }
    workshop.accept(contribution.id, as);
  };
  const stageId = step.kind === 'stage' ? step.stageId : null;
  const isInStage = useCallback(
    (note: Contribution) => stageId !== null && acceptedNoteIsInStage(journey, stageId, note),
    [journey, stageId],
  );
  /** The room's emotions become the persona "the room" (kept again, its curve is replaced): undoable. */
  const keepRoomEmotions = (): 'kept' | 'full' => {
    const current = editor.getState().journey;
    if (!current || !workshop) return 'full';
    const has = current.personas.some((p) => p.id === ROOM_PERSONA_ID);
    if (!has && current.personas.length >= LIMITS.personas) return 'full';
    run(keepRoomPersona, {
      id: ROOM_PERSONA_ID,
      name: t('present.room.personaName'),
      emotions: roomEmotions(room.items),
    });
    return 'kept';
  };
  const roomTarget = step.kind === 'touchpoint' ? step.touchpointId : step.kind === 'stage' ? step.stageId : null;
  const joinAction = presentAction('present.join');

  let view;
  if (step.kind === 'overview') view = <OverviewStep journey={journey} persona={persona} />;
  else if (step.kind === 'summary') view = <SummaryStep journey={journey} />;
  else if (step.kind === 'stage')
    view = (
      <StageStep
        stage={stages[stageIndex]}
        index={stageIndex}
        count={stages.length}
        touchpoints={ordered.filter((tp) => tp.stageId === step.stageId)}
        persona={persona}
      />
    );
  else
    view = (
      <TouchpointStep
        touchpoint={focusedTouchpoint!}
        stage={stages[stageIndex]}
        stageIndex={stageIndex}
        stageCount={stages.length}
        persona={persona}
      />
    );

  return (
    <div
      className={`present present--${step.kind}`}
      data-testid="presentation"
      data-step={current}
      aria-label={t('present.label', { name: journey.name })}
      role="region"
    >
      <StageStrip
        stages={stages}
        focusStageId={focusStageId}
        onJump={(stageId) => go(stageStepIndex(steps, stageId))}
      />
      {/* Focusable so a long step scrolls with ArrowUp/ArrowDown, which do not step; in the summary's own region
          the page keys scroll it too (SummaryStep). */}
      <main id="main" className="present__main" tabIndex={0} ref={main}>
        <div className="present__column">
          {/* Beside the room's panel a long step scrolls on its own (PresentPage.css): reachable by keyboard. */}
          <div className="present__step" key={index} tabIndex={workshop && roomTarget ? 0 : undefined}>
            {/* Whose emotions the step and the curve show, when not the main persona's (chosen in the editor). */}
            {persona && (
              <p className="present__persona" data-testid="present-persona">
                {t('present.personaEmotions', { persona: persona.name })}
              </p>
            )}
            {view}
          </div>
          {workshop && roomTarget && (
            <ContributionsPanel
              targetId={roomTarget}
              touchpoint={focusedTouchpoint}
              persona={persona}
              isInStage={stageId === null ? undefined : isInStage}
              state={room}
              onAccept={accept}
              onKeepRoomEmotions={keepRoomEmotions}
            />
          )}
        </div>
        {shared && (step.kind === 'overview' || joinOpen) && (
          <JoinPanel onClose={step.kind === 'overview' ? undefined : () => setJoinOpen(false)} />
        )}
        {/* Someone on a read-only link watches: nothing they captured could be kept. */}
        {focusedTouchpoint && !readOnly && (
          <CapturePanel key={focusedTouchpoint.id} touchpoint={focusedTouchpoint} persona={persona} />
        )}
      </main>
      {step.kind !== 'overview' && (
        <PresentCurve
          journey={journey}
          persona={persona}
          revealed={revealed}
          currentTouchpointId={focusedTouchpoint?.id ?? null}
          focusStageId={focusStageId}
          className="present-curve--strip"
        />
      )}
      <footer className="present__footer">
        <PresentControls
          index={index}
          count={steps.length}
          onPrevious={() => move(-1)}
          onNext={() => move(1)}
          onExit={onExit}
        />
        {shared && step.kind !== 'overview' && (
          <button
            type="button"
            className="present-controls__button"
            data-testid="present-join-toggle"
            aria-pressed={joinOpen}
            title={`${t(joinAction.label)} (J)`}
            onClick={() => joinAction.perform(actions)}
          >
            {t('present.join.show')}
          </button>
        )}
        {!shared && joinHintAt === index && (
          <p className="present__join-hint" role="status" data-testid="present-join-needs-share">
            {t('present.join.needsShare')}
          </p>
        )}
        <div className="present__save">
          {/* A shared journey: whether the room's contributions and the others' edits can arrive. */}
          {shared && <SyncBadge />}
          <SaveStatus />
        </div>
      </footer>
      <p className="visually-hidden" aria-live="polite" data-testid="present-announcer">
        {t('present.announce', { current, total: steps.length, name })}
      </p>
    </div>
  );
}

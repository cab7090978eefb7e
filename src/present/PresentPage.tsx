import { useCallback, useMemo } from 'react';
import type { ActionContext } from '../actions/action';
import { useActionKeys } from '../actions/useActionKeys';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useEditor, useServices } from '../store/services';
import { journeyOrder } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import {
  presentationSteps,
  revealedTouchpoints,
  stageStepIndex,
  stepStageId,
  type PresentationStep,
} from '../domain/presentation';
import { LoadProblem } from '../ui/LoadProblem';
import { useOpenJourney } from '../store/useOpenJourney';
import { SaveStatus } from '../ui/SaveStatus';
import { useJourneyTitle } from '../ui/useDocumentTitle';
import { CapturePanel } from './CapturePanel';
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
import './PresentPage.css';

/** The presentation route: one journey walked step by step on a projector, captures saved as edits. */
export function PresentPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const status = useEditor((s) => s.status);
  const openId = useEditor((s) => s.journey?.id);

  useOpenJourney(id);
  useJourneyTitle(id);

  const exit = useCallback(() => {
    void navigate(editorPath(id));
  }, [navigate, id]);
  useFullscreen(exit);

  if (status === 'ready' && openId === id) return <Presentation onExit={exit} />;
  return (
    <div className="present present--message">
      <main id="main" className="present__main">
        <LoadProblem status={status === 'ready' ? 'loading' : status} />
      </main>
    </div>
  );
}

function stepName(step: PresentationStep, journey: Journey, t: ReturnType<typeof useTranslation>['t']): string {
  if (step.kind === 'overview') return journey.name || t('library.untitled');
  if (step.kind === 'summary') return t('present.summary');
  if (step.kind === 'stage') return journey.stages.find((s) => s.id === step.stageId)?.name || t('stage.unnamed');
  return journey.touchpoints.find((tp) => tp.id === step.touchpointId)?.title || t('touchpoint.untitled');
}

function Presentation({ onExit }: { onExit(): void }) {
  const { t } = useTranslation();
  const { editor } = useServices();
  const journey = useEditor((s) => s.journey!);
  const { stages, touchpoints } = journey;
  const steps = useMemo(() => presentationSteps({ stages, touchpoints }), [stages, touchpoints]);
  const ordered = useMemo(() => journeyOrder({ stages, touchpoints }), [stages, touchpoints]);
  const { index, go, move } = usePresentStep(steps.length);
  const step = steps[index];
  const focusStageId = stepStageId(step);

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
      },
    }),
    [editor, t, navigate, move, go, steps.length, onExit],
  );
  useActionKeys('present', actions);

  const revealed = useMemo(() => revealedTouchpoints(steps, index), [steps, index]);
  const name = stepName(step, journey, t);
  const current = index + 1;
  const stageIndex = focusStageId === null ? -1 : stages.findIndex((s) => s.id === focusStageId);
  const focusedTouchpoint =
    step.kind === 'touchpoint' ? touchpoints.find((tp) => tp.id === step.touchpointId) : undefined;

  let view;
  if (step.kind === 'overview') view = <OverviewStep journey={journey} />;
  else if (step.kind === 'summary') view = <SummaryStep journey={journey} />;
  else if (step.kind === 'stage')
    view = (
      <StageStep
        stage={stages[stageIndex]}
        index={stageIndex}
        count={stages.length}
        touchpoints={ordered.filter((tp) => tp.stageId === step.stageId)}
      />
    );
  else
    view = (
      <TouchpointStep
        touchpoint={focusedTouchpoint!}
        stage={stages[stageIndex]}
        stageIndex={stageIndex}
        stageCount={stages.length}
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
      {/* Focusable so a long step (a big summary) scrolls with ArrowUp/ArrowDown, which do not step. */}
      <main id="main" className="present__main" tabIndex={0}>
        <div className="present__step" key={index}>
          {view}
        </div>
        {focusedTouchpoint && <CapturePanel key={focusedTouchpoint.id} touchpoint={focusedTouchpoint} />}
      </main>
      {step.kind !== 'overview' && (
        <PresentCurve
          journey={journey}
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
        <div className="present__save">
          <SaveStatus />
        </div>
      </footer>
      <p className="visually-hidden" aria-live="polite" data-testid="present-announcer">
        {t('present.announce', { current, total: steps.length, name })}
      </p>
    </div>
  );
}

import { useReactFlow } from '@xyflow/react';
import {
  HelpCircle,
  History,
  LayoutGrid,
  Plus,
  Redo2,
  Settings,
  Sparkles,
  Undo2,
  Columns3,
  Workflow,
} from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import type { EditorActionSet } from '../actions/editorActions';
import { ExportMenu } from './ExportMenu';
import { PresentButton } from '../present/PresentButton';
import { HistoryDialog } from '../panels/HistoryDialog';

interface Props {
  actions: EditorActionSet;
  onOpenSettings(): void;
  onOpenHelp(): void;
}

/** Finds the middle of the visible canvas, in canvas units. */
export function useViewCentre() {
  const flow = useReactFlow();
  return useCallback(() => {
    const rect = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
  }, [flow]);
}

/** The editor's command bar: the same commands as the shortcuts and the canvas gestures. */
export function Toolbar({ actions, onOpenSettings, onOpenHelp }: Props) {
  const { t } = useTranslation();
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const view = useEditor((s) => s.view);
  const setView = useEditor((s) => s.setView);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const viewCentre = useViewCentre();
  const [historyOpen, setHistoryOpen] = useState(false);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        className="button button--primary"
        data-testid="add-touchpoint"
        title={t('toolbar.addTouchpointHint')}
        onClick={() => actions.addTouchpointAt(viewCentre())}
      >
        <Plus size={16} aria-hidden="true" />
        {t('toolbar.addTouchpoint')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="add-stage"
        onClick={() => actions.addStageAtEnd((n) => t('toolbar.stageName', { n }))}
      >
        <Columns3 size={16} aria-hidden="true" />
        {t('toolbar.addStage')}
      </button>
      <span className="toolbar__sep" />
      <button
        type="button"
        className="button button--icon"
        data-testid="undo"
        aria-label={t('toolbar.undo')}
        title={t('toolbar.undoHint')}
        disabled={!canUndo}
        onClick={undo}
      >
        <Undo2 size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="button button--icon"
        data-testid="redo"
        aria-label={t('toolbar.redo')}
        title={t('toolbar.redoHint')}
        disabled={!canRedo}
        onClick={redo}
      >
        <Redo2 size={16} aria-hidden="true" />
      </button>
      <span className="toolbar__sep" />
      <button type="button" className="button" data-testid="tidy-up" onClick={() => void actions.tidyUp()}>
        <Sparkles size={16} aria-hidden="true" />
        {t('toolbar.tidyUp')}
      </button>
      <div className="segmented" role="group" aria-label={t('toolbar.view')}>
        <button
          type="button"
          className="button"
          data-testid="view-canvas"
          aria-pressed={view === 'canvas'}
          onClick={() => setView('canvas')}
        >
          <Workflow size={16} aria-hidden="true" />
          {t('toolbar.viewCanvas')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="view-blueprint"
          aria-pressed={view === 'blueprint'}
          onClick={() => setView('blueprint')}
        >
          <LayoutGrid size={16} aria-hidden="true" />
          {t('toolbar.viewBlueprint')}
        </button>
      </div>
      <span className="toolbar__spacer" />
      <PresentButton />
      <ExportMenu />
      <button
        type="button"
        className="button"
        data-testid="history-open"
        title={t('history.openHint')}
        onClick={() => setHistoryOpen(true)}
      >
        <History size={16} aria-hidden="true" />
        {t('history.open')}
      </button>
      {historyOpen && <HistoryDialog onClose={() => setHistoryOpen(false)} />}
      <button type="button" className="button" data-testid="journey-settings-open" onClick={onOpenSettings}>
        <Settings size={16} aria-hidden="true" />
        {t('toolbar.settings')}
      </button>
      <button
        type="button"
        className="button button--icon"
        data-testid="shortcuts-open"
        aria-label={t('toolbar.help')}
        title={t('toolbar.help')}
        onClick={onOpenHelp}
      >
        <HelpCircle size={16} aria-hidden="true" />
      </button>
    </div>
  );
}

import {
  Columns3,
  Gauge,
  HelpCircle,
  History,
  Layers,
  LayoutGrid,
  Plus,
  Redo2,
  Settings,
  Share2,
  Sparkles,
  Undo2,
  Workflow,
} from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../actions/useAction';
import { HistoryDialog } from '../panels/HistoryDialog';
import { PresentButton } from '../present/PresentButton';
import { useEditor } from '../store/services';
import { ExportMenu } from './ExportMenu';
import { MeasureViewControls } from './MeasureViewControls';
import { PersonaSelect } from './PersonaSelect';
import './Toolbar.css';

interface ActionButtonProps {
  action: string;
  testId: string;
  icon: ReactNode;
  /** Visible text; without it the button shows only its icon and the action's label names it. */
  text?: string;
  className?: string;
  pressed?: boolean;
}

/** A toolbar button for an action of the registry: its label, key hint, enabled state and effect. */
function ActionButton({ action, testId, icon, text, className = 'button', pressed }: ActionButtonProps) {
  const control = useAction(action);
  return (
    <button
      type="button"
      className={className}
      data-testid={testId}
      aria-label={text ? undefined : control.label}
      aria-pressed={pressed}
      title={control.hint}
      disabled={control.disabled}
      onClick={control.run}
    >
      {icon}
      {text && <span className="toolbar__label">{text}</span>}
    </button>
  );
}

/** Picks the blueprint's rows (its icon and hidden name are laid out as the persona select's): lanes by owning function, or layers; runs the registry's toggle action. */
function BlueprintLayoutSelect() {
  const { t } = useTranslation();
  const layout = useEditor((s) => s.blueprintLayout);
  const toggle = useAction('view.toggleBlueprintLayout');
  return (
    <label className="toolbar__persona" title={toggle.hint}>
      <Layers size={16} aria-hidden="true" />
      <span className="visually-hidden">{t('blueprint.layout')}</span>
      <select
        data-testid="blueprint-layout"
        value={layout}
        disabled={toggle.disabled}
        onChange={(e) => {
          if (e.target.value !== layout) toggle.run();
        }}
      >
        <option value="functions">{t('blueprint.functions')}</option>
        <option value="layers">{t('blueprint.layers')}</option>
      </select>
    </label>
  );
}

/** The editor's command bar: the registry's actions, the same ones the keys and the canvas run. */
interface ToolbarProps {
  onOpenSettings(): void;
}

export function Toolbar({ onOpenSettings }: ToolbarProps) {
  const { t } = useTranslation();
  const view = useEditor((s) => s.view);
  const [historyOpen, setHistoryOpen] = useState(false);
  const icon = (Icon: typeof Plus) => <Icon size={16} aria-hidden="true" />;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <ActionButton
        action="touchpoint.add"
        testId="add-touchpoint"
        className="button button--primary"
        icon={icon(Plus)}
        text={t('toolbar.addTouchpoint')}
      />
      <ActionButton action="stage.add" testId="add-stage" icon={icon(Columns3)} text={t('toolbar.addStage')} />
      <span className="toolbar__sep" />
      <ActionButton action="history.undo" testId="undo" className="button button--icon" icon={icon(Undo2)} />
      <ActionButton action="history.redo" testId="redo" className="button button--icon" icon={icon(Redo2)} />
      <span className="toolbar__sep" />
      <ActionButton action="layout.tidy" testId="tidy-up" icon={icon(Sparkles)} text={t('toolbar.tidyUp')} />
      <div className="segmented" role="group" aria-label={t('toolbar.view')}>
        <ActionButton
          action="view.canvas"
          testId="view-canvas"
          icon={icon(Workflow)}
          text={t('toolbar.viewCanvas')}
          pressed={view === 'canvas'}
        />
        <ActionButton
          action="view.blueprint"
          testId="view-blueprint"
          icon={icon(LayoutGrid)}
          text={t('toolbar.viewBlueprint')}
          pressed={view === 'blueprint'}
        />
      </div>
      {view === 'blueprint' && <BlueprintLayoutSelect />}
      <PersonaSelect />
      <MeasureViewControls />
      <ActionButton
        action="measures.open"
        testId="kpi-summary-open"
        icon={icon(Gauge)}
        text={t('panels.summary.open')}
      />
      <span className="toolbar__spacer" />
      <ActionButton action="share.open" testId="share-journey" icon={icon(Share2)} text={t('share.open')} />
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
        <span className="toolbar__label">{t('history.open')}</span>
      </button>
      {historyOpen && <HistoryDialog onClose={() => setHistoryOpen(false)} />}
      <button
        type="button"
        className="button"
        data-testid="journey-settings-open"
        title={t('toolbar.settings')}
        onClick={onOpenSettings}
      >
        <Settings size={16} aria-hidden="true" />
        <span className="toolbar__label">{t('toolbar.settings')}</span>
      </button>
      <ActionButton
        action="help.open"
        testId="shortcuts-open"
        className="button button--icon"
        icon={icon(HelpCircle)}
      />
    </div>
  );
}

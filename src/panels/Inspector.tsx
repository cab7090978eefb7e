import { MousePointerClick } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { UNDO_SCOPE } from '../actions/keys';
import { useEditor } from '../store/services';
import type { Connection, Touchpoint } from '../domain/journey';
import { touchpointById } from '../domain/touchpointIndex';
import { needsStage, type EditorState } from '../store/editorStore';
import { ConnectionForm } from './ConnectionForm';
import { DeletedWhileTyping } from './DeletedWhileTyping';
import { TouchpointForm } from './TouchpointForm';
import './Inspector.css';

export { INSPECTOR_TITLE_ID } from './TouchpointForm';

/** The selected touchpoints that exist in the journey, in selection order. */
function selectedTouchpoints(state: EditorState): Touchpoint[] {
  const all = state.journey?.touchpoints ?? [];
  return state.selection.touchpoints.flatMap((id) => touchpointById(all, id) ?? []);
}

function selectedConnections(state: EditorState): Connection[] {
  const all = state.journey?.connections ?? [];
  return state.selection.connections.flatMap((id) => all.find((c) => c.id === id) ?? []);
}

/**
 * The side panel that edits the selection: touchpoints first (one or many at once); a connection when
 * only connections are selected; otherwise a hint. Forms are keyed by the selection, so nothing of one
 * selection lingers into the next.
 */
export function Inspector() {
  const { t } = useTranslation();
  const touchpoints = useEditor(useShallow(selectedTouchpoints));
  const connections = useEditor(useShallow(selectedConnections));
  const readOnly = useEditor((s) => s.readOnly);
  const panel = useRef<HTMLElement>(null);
  // Told only to someone who can add a stage (not a read-only viewer).
  const noStages = useEditor((s) => !s.readOnly && needsStage(s));

  let content;
  if (touchpoints.length > 0) {
    content = <TouchpointForm key={touchpoints.map((tp) => tp.id).join(',')} touchpoints={touchpoints} />;
  } else if (connections.length > 0) {
    content = <ConnectionForm key={connections.map((c) => c.id).join(',')} connections={connections} />;
  } else {
    content = (
      <div className="inspector__empty">
        <MousePointerClick size={28} aria-hidden="true" />
        <h2 className="inspector__heading">{t('panels.inspector.hintTitle')}</h2>
        <p>{t('panels.inspector.hint')}</p>
        {/* Adding and selecting several are for those who can edit: a read-only viewer is told neither. */}
        {!readOnly && (
          <p className="hint" data-testid="inspector-hint">
            {noStages
              ? t('panels.inspector.hintNoStages', { button: t('toolbar.addStage') })
              : t('panels.inspector.hintShortcuts')}
          </p>
        )}
      </div>
    );
  }

  return (
    // Every field writes the journey as it is typed: Ctrl/⌘+Z in one is the journey's undo, not the field's.
    <aside
      ref={panel}
      className="inspector"
      data-testid="inspector"
      aria-label={t('panels.inspector.label')}
      {...UNDO_SCOPE.journey}
    >
      <DeletedWhileTyping panel={panel} />
      {/* A read-only share shows the fields as they are, without letting them change. */}
      <fieldset className="inspector__fieldset" disabled={readOnly}>
        {content}
      </fieldset>
    </aside>
  );
}

import { NodeResizeControl, type NodeProps } from '@xyflow/react';
import { GripVertical, Trash2 } from 'lucide-react';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNDO_SCOPE } from '../actions/keys';
import { renameSteps } from '../actions/renameSteps';
import { useEditor, useServices } from '../store/services';
import { useDraftText } from '../ui/useDraftText';
import { deleteStage, renameStage, resizeStage } from '../domain/commands/stageCommands';
import { STAGE_MIN_WIDTH } from '../domain/layout';
import { stageLabel } from '../domain/stageLabel';
import { LIMITS } from '../domain/limits';
import type { StageFlowNode } from './flowTypes';
import { StageDeleteDialog } from './StageDeleteDialog';
import './StageNode.css';

let resizeGesture = 0;

/**
 * The stage's name while it is renamed: a draft written once typing pauses, with what others type into the
 * same name meanwhile shown and kept (useDraftText), as the inspector's text fields do. Enter ends the rename;
 * Escape cancels it: if this field changed the name and no one renamed it since, its steps leave the history
 * (renameSteps), so the old name is back and Ctrl+Z undoes what came before.
 */
function StageNameInput(props: {
  stageId: string;
  name: string;
  label: string;
  /** The rename ended, by Enter or Escape (`byKey`: the keyboard goes back to the name) or by leaving it. */
  onDone(byKey: boolean): void;
}) {
  const { stageId, name, label, onDone } = props;
  const { editor } = useServices();
  const run = useEditor((s) => s.run);
  // What this field wrote into the journey, and the undo steps that took.
  const [steps] = useState(() => renameSteps(editor));
  const draft = useDraftText(name, (text) => steps.write(text, () => run(renameStage, { id: stageId, name: text })));
  const [original] = useState(name);
  const cancelled = useRef(false);
  const endedByKey = useRef(false);
  const cancel = () =>
    steps.cancel(editor.getState().journey?.stages.find((s) => s.id === stageId)?.name, () =>
      run(renameStage, { id: stageId, name: original }),
    );
  return (
    <input
      className="stage-column__input nodrag"
      data-testid="stage-name-input"
      // Read by the inspector's DeletedWhileTyping, should someone else delete the stage while it is renamed.
      data-stage-id={stageId}
      dir="auto"
      aria-label={label}
      maxLength={LIMITS.stageName}
      autoFocus
      // Ctrl/⌘+Z here is the journey's undo, as in the inspector's fields, not the field's own.
      {...UNDO_SCOPE.journey}
      {...draft}
      onBlur={() => {
        draft.onBlur();
        if (cancelled.current) cancel();
        onDone(endedByKey.current);
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        // Enter or Escape that ends an IME composition is the composition's.
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Escape') cancelled.current = true;
        if (e.key === 'Enter' || e.key === 'Escape') {
          endedByKey.current = true;
          e.currentTarget.blur();
        }
      }}
    />
  );
}

/** A stage column: a tinted band the height of the map, its header to rename, reorder, resize or delete it. */
export const StageNode = memo(function StageNode({ data, width }: NodeProps<StageFlowNode>) {
  const { t } = useTranslation();
  const run = useEditor((s) => s.run);
  // A read-only share shows the stage as it is: no grip, rename, resize or delete to offer.
  const readOnly = useEditor((s) => s.readOnly);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const gesture = useRef(0);
  // A rename ended from the keyboard gives the keyboard back to the stage's name, not to the page.
  const nameButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    nameButton.current?.focus({ preventScroll: true });
  }, [editing]);

  return (
    <div className={`stage-column${data.index % 2 ? ' stage-column--odd' : ''}`} style={{ width, height: data.height }}>
      <div className="stage-column__header" data-testid="stage-header" data-stage-id={data.stageId}>
        {!readOnly && (
          <span className="stage-column__grip" title={t('stage.drag')}>
            <GripVertical size={14} aria-hidden="true" />
          </span>
        )}
        <span className="stage-column__number">{data.index + 1}</span>
        {editing && !readOnly ? (
          <StageNameInput
            stageId={data.stageId}
            name={data.name}
            label={t('stage.name')}
            onDone={(byKey) => {
              refocus.current = byKey;
              setEditing(false);
            }}
          />
        ) : (
          <button
            ref={nameButton}
            type="button"
            className="stage-column__name nodrag"
            dir="auto"
            title={readOnly ? undefined : t('stage.rename')}
            onDoubleClick={() => !readOnly && setEditing(true)}
            onKeyDown={(e) => e.key === 'Enter' && !readOnly && setEditing(true)}
          >
            {stageLabel(data.name, t('stage.unnamed'))}
          </button>
        )}
        {!readOnly && (
          <button
            type="button"
            className="stage-column__delete nodrag"
            data-testid="delete-stage"
            aria-label={t('stage.delete', { name: stageLabel(data.name, t('stage.unnamed')) })}
            onClick={() => setDeleting(true)}
          >
            <Trash2 size={14} aria-hidden="true" />
          </button>
        )}
      </div>
      {!readOnly && (
        <NodeResizeControl
          position="right"
          minWidth={STAGE_MIN_WIDTH}
          className="stage-column__resize"
          onResizeStart={() => (gesture.current = ++resizeGesture)}
          onResize={(_event, params) =>
            run(resizeStage, { id: data.stageId, width: params.width, gesture: String(gesture.current) })
          }
        />
      )}
      {deleting && !readOnly && (
        <StageDeleteDialog
          stageId={data.stageId}
          onClose={() => setDeleting(false)}
          onDelete={(moveTo) => {
            setDeleting(false);
            run(deleteStage, { id: data.stageId, moveTo });
          }}
        />
      )}
    </div>
  );
});

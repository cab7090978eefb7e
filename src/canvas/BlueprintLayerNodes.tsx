import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_LABEL_HEIGHT } from '../domain/blueprint';
import { cssName } from '../domain/look/css';
import { LAYER_LOOK } from '../domain/look/layers';
import { useServices } from '../store/services';
import type { LayerRowFlowNode, NoteFlowNode, VisibilityFlowNode } from './flowTypes';
import { useTouchpoint } from './useTouchpoint';
import './BlueprintLayerNodes.css';

/** A row of the layered blueprint across every column, its name in a strip on top. */
export const LayerRowNode = memo(function LayerRowNode({ data }: NodeProps<LayerRowFlowNode>) {
  const style = {
    width: data.width,
    height: data.height,
    '--layer-color': `var(${cssName(LAYER_LOOK.rowColor[data.layer])})`,
  } as CSSProperties;
  return (
    <div className={`blueprint-layer blueprint-layer--${data.layer}`} style={style}>
      <div className="blueprint-layer__strip" style={{ height: LANE_LABEL_HEIGHT }}>
        <div className="blueprint-layer__header" data-testid="layer-header" data-layer={data.layer}>
          {data.label}
        </div>
      </div>
    </div>
  );
});

/** The line of visibility: what the customer sees is above it, what serves them unseen below. */
export const VisibilityLineNode = memo(function VisibilityLineNode({ data }: NodeProps<VisibilityFlowNode>) {
  return (
    <div className="blueprint-visibility" style={{ width: data.width, height: data.height }} role="separator">
      <span className="blueprint-visibility__label" data-testid="visibility-line">
        {data.label}
      </span>
    </div>
  );
});

/**
 * A frontstage, backstage or support note about one touchpoint, readable in full; a click selects its
 * touchpoint, whose inspector edits the text (field-backstage, field-support).
 */
export const LayerNoteNode = memo(function LayerNoteNode({ data }: NodeProps<NoteFlowNode>) {
  const { t } = useTranslation();
  const { editor } = useServices();
  const { note } = data;
  const title = useTouchpoint(note.touchpointId)?.title ?? '';
  const style = { width: data.width, height: data.height, '--note-color': note.color || undefined } as CSSProperties;
  return (
    <article
      className="blueprint-note"
      style={style}
      data-testid="layer-note"
      data-layer={note.layer}
      data-touchpoint-id={note.touchpointId}
      aria-label={t('blueprint.noteOf', {
        layer: t(`blueprint.${note.layer}`),
        title: title || t('touchpoint.untitled'),
      })}
      onClick={() => editor.getState().select({ touchpoints: [note.touchpointId], connections: [] })}
    >
      {note.heading && (
        <p className="blueprint-note__heading" dir="auto">
          <span className="blueprint-note__swatch" aria-hidden="true" />
          {note.heading}
        </p>
      )}
      {note.text && (
        <p className="blueprint-note__text" dir="auto">
          {note.text}
        </p>
      )}
    </article>
  );
});

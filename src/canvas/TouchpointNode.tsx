import { Handle, Position, type NodeProps } from '@xyflow/react';
import { AlertTriangle, Star } from 'lucide-react';
import { memo } from 'react';
import { EMOTION_COLORS, NO_EMOTION_COLOR, NO_FUNCTION_COLOR } from '../domain/look/colors';
import { inkOn } from '../domain/look/ink';
import { VocabularyIcon } from '../ui/VocabularyIcon';
import { EmotionFace } from '../ui/EmotionFace';
import type { Touchpoint } from '../domain/journey';
import type { TouchpointFlowNode } from './flowTypes';
import { useCardContext } from './cardContext';
import { ownerLabelFits } from './ownerLabelFit';
import { usePeerMarks } from './peerSelections';
import { touchpointFacts } from './touchpointLabel';
import { touchpointLabelId } from './toFlow';
import { useTouchpoint } from './useTouchpoint';
import './TouchpointNode.css';

/**
 * A touchpoint card: title, its KPI line when a measure is set, channel, owning function band, emotion (the
 * persona's chosen in the editor) and markers. `data-evidence` lets the canvas dim assumed cards with one
 * rule, without re-rendering any card.
 * The card reads its touchpoint from the editor store by its node's id, so an edit re-renders this card
 * alone (local or from a peer) while React Flow's node stays the same object; React Flow still measures
 * the card when its title wraps to another line.
 */
export const TouchpointNode = memo(function TouchpointNode({ id, selected }: NodeProps<TouchpointFlowNode>) {
  const touchpoint = useTouchpoint(id);
  // Gone from the journey: the canvas drops its node in the same render.
  return touchpoint ? <TouchpointCard touchpoint={touchpoint} selected={selected} /> : null;
});

const TouchpointCard = memo(function TouchpointCard({
  touchpoint,
  selected,
}: {
  touchpoint: Touchpoint;
  selected: boolean;
}) {
  const { words, label, detail } = useCardContext();
  const { t } = words;
  const { channel, owner, title, channelLabel, ownerLabel, emotion, emotionLabel, kpis } = touchpointFacts(
    touchpoint,
    words,
  );
  // Zoomed out the icons cannot be seen: same-sized empty boxes keep the card's size and cost no drawing.
  const full = detail === 'full';
  const ownerColor = owner?.color ?? NO_FUNCTION_COLOR;
  const peers = usePeerMarks(touchpoint.id);
  const badges = Number(touchpoint.momentOfTruth) + Number(touchpoint.painPoint);
  const ownerClass = `touchpoint__owner${ownerLabelFits(ownerLabel, badges) ? '' : ' touchpoint__owner--clipped'}`;

  return (
    <div
      className={`touchpoint${selected ? ' touchpoint--selected' : ''}${peers ? ' touchpoint--peer' : ''}`}
      data-testid="touchpoint"
      data-touchpoint-id={touchpoint.id}
      data-emotion={emotion ?? ''}
      data-moment-of-truth={String(touchpoint.momentOfTruth)}
      data-pain-point={String(touchpoint.painPoint)}
      data-evidence={touchpoint.evidence}
      style={
        {
          '--owner-color': ownerColor,
          '--owner-ink': inkOn(ownerColor),
          '--emotion-color': emotion === null ? NO_EMOTION_COLOR : EMOTION_COLORS[emotion],
          ...(peers ? { '--peer-color': peers[0].color, '--peer-ink': inkOn(peers[0].color) } : {}),
        } as React.CSSProperties
      }
      title={label(touchpoint)}
    >
      {/* React Flow's node wrapper is labelled by this (aria-labelledby, set in toFlow). */}
      <span id={touchpointLabelId(touchpoint.id)} hidden>
        {label(touchpoint)}
      </span>
      <Handle type="target" position={Position.Left} />
      {peers && (
        <span className="touchpoint__peers" data-testid="peer-selection">
          {peers.map((peer) => peer.name || t('share.anonymous')).join(', ')}
        </span>
      )}
      <div className="touchpoint__band">
        <span className={ownerClass} dir="auto">
          {ownerLabel}
        </span>
        {/* Badges are named by aria-label, not by a visually hidden text: that text, absolutely positioned
            and clipped inside a card, made Chromium repaint the whole page on every frame of a pan. */}
        <span className="touchpoint__badges">
          {touchpoint.momentOfTruth && (
            <span
              className="badge badge--truth"
              title={t('touchpoint.momentOfTruth')}
              role="img"
              aria-label={t('touchpoint.momentOfTruth')}
            >
              {full ? <Star size={12} aria-hidden="true" /> : <IconSpace size={12} />}
            </span>
          )}
          {touchpoint.painPoint && (
            <span
              className="badge badge--pain"
              title={t('touchpoint.painPoint')}
              role="img"
              aria-label={t('touchpoint.painPoint')}
            >
              {full ? <AlertTriangle size={12} aria-hidden="true" /> : <IconSpace size={12} />}
            </span>
          )}
        </span>
      </div>
      {/* dir="auto": a right-to-left title reads and aligns right to left (UAX #9 P2-P3, as the exports). */}
      <p className={`touchpoint__title${touchpoint.title ? '' : ' touchpoint__title--empty'}`} dir="auto">
        {title}
      </p>
      {/* Only a card with a measure has the line, so a map without KPIs costs nothing more. */}
      {kpis && (
        <p className="touchpoint__kpis" data-testid="touchpoint-kpis">
          {kpis}
        </p>
      )}
      <div className="touchpoint__meta">
        <span className="touchpoint__channel">
          {full ? <VocabularyIcon icon={channel?.icon ?? 'tag'} size={14} /> : <IconSpace size={14} />}
          <bdi>{channelLabel}</bdi>
        </span>
        <span className="touchpoint__emotion">
          {full ? <EmotionFace emotion={emotion} size={16} /> : <IconSpace size={16} />}
          {emotionLabel}
        </span>
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

function IconSpace({ size }: { size: number }) {
  return <span className="icon-space" style={{ width: size, height: size }} />;
}

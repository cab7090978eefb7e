import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import { useVocabulary } from '../ui/useVocabulary';
import { useLocale } from '../ui/useLocale';
import type { TouchpointFields } from '../domain/commands/touchpointCommands';
import type { Stage } from '../domain/journey';
import { CHANNEL_FAMILY_LABELS, type ChannelFamily, type ResolvedVocabularyEntry } from '../domain/vocabulary';
import { Field, MIXED_VALUE, MixedOption, type Shared } from './fields';

const NO_STAGES: Stage[] = [];
const FAMILIES: readonly ChannelFamily[] = ['personal', 'digital', 'assisted', 'other', 'custom'];

/** An option for an id the lists do not know, so a select never silently shows another value. */
function UnknownOption({ id, known }: { id: string | null; known: readonly { id: string }[] }) {
  const { t } = useTranslation();
  if (id === null || id === '' || known.some((entry) => entry.id === id)) return null;
  return <option value={id}>{t('panels.inspector.unknown', { id })}</option>;
}

function ChannelGroup({ label, entries }: { label: string; entries: ResolvedVocabularyEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <optgroup label={label}>
      {entries.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
    </optgroup>
  );
}

interface Props {
  /** The form's unique id, prefix of each control's id. */
  uid: string;
  /** What the selected touchpoints share (see `shared`), as flat values so the memo compares them. */
  stageId: string | null;
  stageMixed: boolean;
  channelId: string | null;
  channelMixed: boolean;
  functionId: string | null;
  functionMixed: boolean;
  /** Sets fields on every selected touchpoint; keeps its identity for the form's life. */
  onSet(fields: TouchpointFields): void;
}

const selectValue = (value: string | null, mixed: boolean) => (mixed ? MIXED_VALUE : (value ?? ''));
const picked = (value: string) => (value === MIXED_VALUE ? undefined : value === '' ? null : value);

/**
 * Where the selected touchpoints sit: their stage, channel and owning function. Drawn again only when one of
 * those changes: the stage list of a large map has hundreds of options, which typing a title must not redo.
 */
export const PlacementFields = memo(function PlacementFields(props: Props) {
  const { uid, onSet } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const stages = useEditor((s) => s.journey?.stages ?? NO_STAGES);
  const { channels, functions } = useVocabulary();
  const stage: Shared<string | null> = { value: props.stageId, mixed: props.stageMixed };
  const channel: Shared<string | null> = { value: props.channelId, mixed: props.channelMixed };
  const owner: Shared<string | null> = { value: props.functionId, mixed: props.functionMixed };

  return (
    <>
      <Field id={`${uid}-stage`} label={t('panels.inspector.stage')}>
        <select
          id={`${uid}-stage`}
          data-testid="field-stage"
          value={selectValue(stage.value, stage.mixed)}
          onChange={(e) => {
            const value = picked(e.target.value);
            if (value) onSet({ stageId: value });
          }}
        >
          <MixedOption show={stage.mixed} />
          <UnknownOption id={stage.mixed ? null : stage.value} known={stages} />
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>

      <Field id={`${uid}-channel`} label={t('panels.inspector.channel')}>
        <select
          id={`${uid}-channel`}
          data-testid="field-channel"
          value={selectValue(channel.value, channel.mixed)}
          onChange={(e) => {
            const value = picked(e.target.value);
            if (value !== undefined) onSet({ channelId: value });
          }}
        >
          <MixedOption show={channel.mixed} />
          <option value="">{t('panels.inspector.noChannel')}</option>
          <UnknownOption id={channel.mixed ? null : channel.value} known={channels} />
          {FAMILIES.map((family) => (
            <ChannelGroup
              key={family}
              label={CHANNEL_FAMILY_LABELS[family][locale]}
              entries={channels.filter((c) => c.family === family)}
            />
          ))}
        </select>
      </Field>

      <Field id={`${uid}-function`} label={t('panels.inspector.function')}>
        <select
          id={`${uid}-function`}
          data-testid="field-function"
          value={selectValue(owner.value, owner.mixed)}
          onChange={(e) => {
            const value = picked(e.target.value);
            if (value !== undefined) onSet({ functionId: value });
          }}
        >
          <MixedOption show={owner.mixed} />
          <option value="">{t('panels.inspector.noFunction')}</option>
          <UnknownOption id={owner.mixed ? null : owner.value} known={functions} />
          {functions.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
});

import { Plus, Trash2 } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNDO_SCOPE } from '../actions/keys';
import { useEditor } from '../store/services';
import { useVocabulary } from '../ui/useVocabulary';
import {
  addVocabularyEntry,
  removeVocabularyEntry,
  setFunctionBackstage,
  updateVocabularyEntry,
  type VocabularyKind,
} from '../domain/commands/vocabularyCommands';
import type { CustomVocabularyEntry, Journey } from '../domain/journey';
import { CUSTOM_ENTRY_COLORS, ICON_KEYS } from '../domain/vocabulary';
import { VocabularyIcon } from '../ui/VocabularyIcon';
import { InlineRemove } from '../ui/InlineRemove';
import { focusAfterRemoval } from '../ui/focusAfterRemoval';
import { LIMITS } from '../domain/limits';
import './VocabularySection.css';

const NO_ENTRIES: CustomVocabularyEntry[] = [];

const COPY = {
  channel: {
    title: 'panels.settings.channels',
    hint: 'panels.settings.channelsHint',
    add: 'panels.settings.addChannel',
    new: 'panels.settings.newChannel',
  },
  function: {
    title: 'panels.settings.functions',
    hint: 'panels.settings.functionsHint',
    add: 'panels.settings.addFunction',
    new: 'panels.settings.newFunction',
  },
} as const;

const listOf = (journey: Journey | null, kind: VocabularyKind) =>
  (kind === 'channel' ? journey?.customChannels : journey?.customFunctions) ?? NO_ENTRIES;

/** The label as a user means it: trimmed, inner runs of spaces collapsed. */
const cleanLabel = (label: string) => label.trim().replace(/\s+/g, ' ');

/** Lists a journey's own channels or functions for editing, and adds new ones. */
export function VocabularySection({ kind }: { kind: VocabularyKind }) {
  const { t } = useTranslation();
  const entries = useEditor((s) => listOf(s.journey, kind));
  const uid = useId();
  const copy = COPY[kind];
  const section = useRef<HTMLElement>(null);
  // The focus goes to the name of the entry now in its place, or the one before, or the section's title when
  // none is left (focusAfterRemoval; not the new entry's field, whose Ctrl+Z is its own).
  const removed = (index: number) =>
    focusAfterRemoval(section.current, '.vocabulary-list .vocabulary-row__name input', index, 'h3');
  return (
    <section
      ref={section}
      className="vocabulary-section"
      aria-labelledby={`${uid}-title`}
      data-testid={`custom-${kind}s`}
    >
      <h3 id={`${uid}-title`} tabIndex={-1}>
        {t(copy.title)}
      </h3>
      <p className="hint">{t(copy.hint)}</p>
      {kind === 'function' && <p className="hint">{t('panels.settings.backstageHint')}</p>}
      {entries.length === 0 ? (
        <p className="empty">{t('panels.settings.none')}</p>
      ) : (
        <ul className="vocabulary-list">
          {entries.map((entry, index) => (
            <EntryRow key={entry.id} kind={kind} entry={entry} onRemoved={() => removed(index)} />
          ))}
        </ul>
      )}
      <AddEntryForm kind={kind} count={entries.length} />
    </section>
  );
}

/** Finds a clash with any channel or function label the journey already shows, built-in or custom. */
function useLabelClash(kind: VocabularyKind) {
  const { channels, functions } = useVocabulary();
  const known = kind === 'channel' ? channels : functions;
  return (label: string, exceptId?: string) =>
    known.some((e) => e.id !== exceptId && e.label.toLocaleLowerCase() === label.toLocaleLowerCase());
}

function EntryRow({
  kind,
  entry,
  onRemoved,
}: {
  kind: VocabularyKind;
  entry: CustomVocabularyEntry;
  /** After it is removed: moves the focus on (VocabularySection). */
  onRemoved(): void;
}) {
  const { t } = useTranslation();
  const run = useEditor((s) => s.run);
  const usedBy = useEditor(
    (s) =>
      s.journey?.touchpoints.filter((tp) => (kind === 'channel' ? tp.channelId : tp.functionId) === entry.id).length ??
      0,
  );
  // A function also owns opportunities, which removing it leaves without an owner too.
  const ownsOpportunities = useEditor((s) =>
    kind === 'function' ? (s.journey?.opportunities.filter((o) => o.functionId === entry.id).length ?? 0) : 0,
  );
  const clashes = useLabelClash(kind);
  // While the name is being typed it may be empty or clash; the stored label keeps the last good one.
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState(entry.label);
  if (seen !== entry.label) {
    // An undo (Ctrl/⌘+Z in this field is the journey's) or an edit from elsewhere renamed it: show that,
    // unless the draft already reads as it.
    setSeen(entry.label);
    if (draft !== null && cleanLabel(draft) !== entry.label) setDraft(null);
  }
  const uid = useId();
  const error =
    draft === null
      ? null
      : cleanLabel(draft) === ''
        ? t('panels.settings.emptyLabel')
        : clashes(cleanLabel(draft), entry.id)
          ? t('panels.settings.duplicateLabel', { label: cleanLabel(draft) })
          : null;
  const update = (fields: Partial<Omit<CustomVocabularyEntry, 'id'>>) =>
    run(updateVocabularyEntry, { kind, id: entry.id, fields });

  return (
    <li className="vocabulary-row" data-testid="custom-entry" data-entry-id={entry.id}>
      <span className="vocabulary-row__preview" style={{ color: entry.color }}>
        <VocabularyIcon icon={entry.icon} size={20} />
      </span>
      <div className="panel-field vocabulary-row__name">
        <label htmlFor={`${uid}-label`} className="panel-field__label">
          {t('panels.settings.name')}
        </label>
        <input
          id={`${uid}-label`}
          value={draft ?? entry.label}
          maxLength={LIMITS.vocabularyLabel}
          aria-invalid={error !== null}
          aria-describedby={error ? `${uid}-error` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            const label = cleanLabel(e.target.value);
            if (label && !clashes(label, entry.id)) update({ label });
          }}
          onBlur={() => setDraft(null)}
        />
      </div>
      <IconSelect id={`${uid}-icon`} value={entry.icon} onChange={(icon) => update({ icon })} />
      <ColorInput id={`${uid}-color`} value={entry.color} onChange={(color) => update({ color })} />
      {kind === 'function' && (
        <label className="vocabulary-row__backstage">
          <input
            type="checkbox"
            data-testid="function-backstage"
            checked={entry.backstage}
            onChange={(e) => run(setFunctionBackstage, { id: entry.id, backstage: e.target.checked })}
          />
          {t('panels.settings.backstage')}
        </label>
      )}
      <RemoveEntry kind={kind} entry={entry} usedBy={usedBy} opportunities={ownsOpportunities} onRemoved={onRemoved} />
      {usedBy + ownsOpportunities > 0 && (
        <p className="hint vocabulary-row__usage">
          {[
            usedBy > 0 && t('panels.settings.usedBy', { count: usedBy }),
            ownsOpportunities > 0 && t('panels.settings.ownsOpportunities', { count: ownsOpportunities }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {error && (
        <p id={`${uid}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/**
 * Removes an entry at once when no touchpoint uses it; otherwise asks first, in the row, saying how many
 * touchpoints will lose it and what they will show instead ("No channel"), since that change is easy to
 * miss on a large map.
 */
function RemoveEntry({
  kind,
  entry,
  usedBy,
  opportunities,
  onRemoved,
}: {
  kind: VocabularyKind;
  entry: CustomVocabularyEntry;
  /** Touchpoints with it as their channel or owning function. */
  usedBy: number;
  /** Opportunities it owns (a function's). */
  opportunities: number;
  onRemoved(): void;
}) {
  const { t } = useTranslation();
  const run = useEditor((s) => s.run);
  const fallback = t(kind === 'channel' ? 'panels.inspector.noChannel' : 'panels.inspector.noFunction');
  const question =
    usedBy + opportunities === 0
      ? null
      : [
          t('panels.settings.removeQuestion', { label: entry.label }),
          usedBy > 0 && t('panels.settings.removeInUse', { count: usedBy, fallback }),
          opportunities > 0 && t('panels.settings.removeOwnedOpportunities', { count: opportunities }),
          t('panels.settings.removeUndo'),
        ]
          .filter(Boolean)
          .join(' ');
  return (
    <InlineRemove
      question={question}
      onRemove={() => {
        run(removeVocabularyEntry, { kind, id: entry.id });
        onRemoved();
      }}
      label={t('panels.settings.removeLabel', { label: entry.label })}
      className="vocabulary-row__confirm"
      testId="vocabulary-remove-confirm"
    >
      <Trash2 size={16} aria-hidden="true" />
      {t('panels.settings.remove')}
    </InlineRemove>
  );
}

function AddEntryForm({ kind, count }: { kind: VocabularyKind; count: number }) {
  const { t } = useTranslation();
  const run = useEditor((s) => s.run);
  const clashes = useLabelClash(kind);
  const uid = useId();
  const [label, setLabel] = useState('');
  const [icon, setIcon] = useState<string>('tag');
  const [color, setColor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const copy = COPY[kind];

  const add = () => {
    const clean = cleanLabel(label);
    if (!clean) return setError(t('panels.settings.emptyLabel'));
    if (clashes(clean)) return setError(t('panels.settings.duplicateLabel', { label: clean }));
    run(addVocabularyEntry, {
      kind,
      entry: { label: clean, icon, color: color ?? CUSTOM_ENTRY_COLORS[count % CUSTOM_ENTRY_COLORS.length] },
    });
    setLabel('');
    setColor(null);
    setError(null);
  };

  return (
    <form
      className="vocabulary-add"
      aria-label={t(copy.add)}
      noValidate
      // What is typed here is not in the journey until added: the fields keep their own undo.
      {...UNDO_SCOPE.field}
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <div className="panel-field vocabulary-row__name">
        <label htmlFor={`${uid}-label`} className="panel-field__label">
          {t(copy.new)}
        </label>
        <input
          id={`${uid}-label`}
          value={label}
          maxLength={LIMITS.vocabularyLabel}
          aria-invalid={error !== null}
          aria-describedby={error ? `${uid}-error` : undefined}
          onChange={(e) => {
            setLabel(e.target.value);
            setError(null);
          }}
        />
      </div>
      <IconSelect id={`${uid}-icon`} value={icon} onChange={setIcon} />
      <ColorInput
        id={`${uid}-color`}
        value={color ?? CUSTOM_ENTRY_COLORS[count % CUSTOM_ENTRY_COLORS.length]}
        onChange={setColor}
      />
      <button type="submit" className="button button--primary">
        <Plus size={16} aria-hidden="true" />
        {t(copy.add)}
      </button>
      {error && (
        <p id={`${uid}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function IconSelect({ id, value, onChange }: { id: string; value: string; onChange(icon: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="panel-field">
      <label htmlFor={id} className="panel-field__label">
        {t('panels.settings.icon')}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {!(ICON_KEYS as readonly string[]).includes(value) && <option value={value}>{value}</option>}
        {ICON_KEYS.map((key) => (
          <option key={key} value={key}>
            {t(`panels.icons.${key}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function ColorInput({ id, value, onChange }: { id: string; value: string; onChange(color: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="panel-field">
      <label htmlFor={id} className="panel-field__label">
        {t('panels.settings.color')}
      </label>
      <input id={id} type="color" className="color-input" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

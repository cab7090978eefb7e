import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateTouchpoints } from '../domain/commands/touchpointCommands';
import type { Touchpoint } from '../domain/journey';
import { kpiInputText, mayBeFraction, readKpiInput, type KpiInputRefusal } from '../domain/kpi';
import { KPI_FIELDS, KPI_LIMITS, type KpiField } from '../domain/fields';
import { useEditor } from '../store/services';
import { useLocale } from '../ui/useLocale';
import { sameFields } from './fields';
import { numberTag } from '../domain/numberRegion';

const TEST_IDS: Record<KpiField, string> = {
  kpiNps: 'field-kpi-nps',
  kpiCsat: 'field-kpi-csat',
  kpiCes: 'field-kpi-ces',
  kpiFcr: 'field-kpi-fcr',
  kpiVolume: 'field-kpi-volume',
  kpiCost: 'field-kpi-cost',
};

const MESSAGES: Record<KpiInputRefusal, string> = {
  'out-of-range': 'panels.measures.outOfRange',
  'not-integer': 'panels.measures.notInteger',
  'not-a-number': 'panels.measures.notANumber',
  'other-currency': 'panels.measures.otherCurrency',
};

const sameKpis = sameFields<Touchpoint>(KPI_FIELDS);

/** The six experience measures of one touchpoint (KPI_FIELDS), each in its own field. */
export const KpiFields = memo(
  function KpiFields({ touchpoint }: { touchpoint: Touchpoint }) {
    const { t } = useTranslation();
    const currency = useEditor((s) => s.journey?.currency ?? 'EUR');
    return (
      <div className="kpi-fields">
        {KPI_FIELDS.map((field) => (
          <KpiInput
            key={field}
            touchpoint={touchpoint}
            field={field}
            currency={currency}
            label={t(`panels.measures.${field}`, { currency })}
          />
        ))}
      </div>
    );
  },
  (a, b) => sameKpis([a.touchpoint], [b.touchpoint]),
);

interface InputProps {
  touchpoint: Touchpoint;
  field: KpiField;
  /** The journey's currency (ISO 4217): a cost written in another is refused. */
  currency: string;
  label: string;
}

/**
 * One measure. What is typed stays in the field and is checked on every key; the journey gets it when the
 * field is left (Tab, a click elsewhere, Enter, the field going away) or before anything else reads or
 * changes the journey (the editor store's holdDraft, as text drafts do), and only when it is a number within
 * KPI_LIMITS (or blank, which clears it). Writing on every valid key would write the "15" on the way to a
 * refused "150" and lose the 50 the field held; anything refused is named in a message under the field and
 * the journey keeps what it had. Once written (or left, or Enter pressed) the field shows the value as read, in
 * the language's digits: "12.000" typed in English reads as 12 and then shows "12", so the reading is seen.
 * A CSAT or FCR below 1 is kept as written but hinted at (mayBeFraction), as the import warns of it.
 */
function KpiInput({ touchpoint, field, currency, label }: InputProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const run = useEditor((s) => s.run);
  const holdDraft = useEditor((s) => s.holdDraft);
  const stored = touchpoint[field];
  const [text, setText] = useState(kpiInputText(stored, locale));
  // The refused text is kept with its reason, so the message still names it after the field is put back.
  const [refusal, setRefusal] = useState<{ reason: KpiInputRefusal; value: string } | null>(null);
  const [seen, setSeen] = useState({ stored: stored as number | null, locale });
  // The field's text is the draft: what it reads as is written if it is valid and differs from the journey's.
  // Refs, so the store's flush of held drafts (outside any render) writes what is on screen now.
  const shown = useRef({ text, stored, locale, currency, write: (_value: number | null) => {} });
  const release = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    shown.current = {
      text,
      stored,
      locale,
      currency,
      write: (value) => run(updateTouchpoints, { ids: [touchpoint.id], fields: { [field]: value } }),
    };
    // Put back to the journey's value (an undo, a change from elsewhere): nothing is left to write.
    const read = readKpiInput(field, text, locale, currency);
    if (release.current && (!read.ok || read.value === stored)) {
      release.current();
      release.current = null;
    }
  });
  // Stable for the field's life (the language is read from `shown`), so it runs on unmount and when called,
  // never because the language changed: a draft outlives a language switch and is written when left.
  const commit = useCallback(() => {
    // Only a value typed here and not yet written: a field merely left writes nothing.
    if (!release.current) return;
    release.current();
    release.current = null;
    const { text: typed, stored: held, locale: typedIn, currency: costsIn, write } = shown.current;
    const read = readKpiInput(field, typed, typedIn, costsIn);
    if (!read.ok || read.value === held) return;
    write(read.value);
    // What the field now holds is written: an undo run in the same breath (the store writes held drafts
    // first) must still find the journey's value changed from this one, and put the field back.
    setSeen((seen) => ({ ...seen, stored: read.value }));
  }, [field]);
  useEffect(() => commit, [commit]);
  // Leaving the field or pressing Enter: write it, and show what was read as the field shows a stored value.
  // Only there, not on a flush from elsewhere, so text being typed is never rewritten under the caret.
  const settle = () => {
    commit();
    const read = readKpiInput(field, shown.current.text, locale, currency);
    if (read.ok) setText(kpiInputText(read.value, locale));
  };

  if (seen.stored !== stored || seen.locale !== locale) {
    setSeen({ stored, locale });
    const read = readKpiInput(field, text, seen.locale, currency);
    if (seen.stored === stored) {
      // The language alone changed: the field keeps what it holds, a draft not yet written included, its
      // number now written as the new language writes it ("2,5" -> "2.5"); refused text stays as typed.
      if (read.ok) setText(kpiInputText(read.value, locale));
    } else if (!read.ok || read.value !== stored || seen.locale !== locale) {
      // An undo or a change from elsewhere replaced the value: show it as the language writes it, unless the
      // text already reads as it (typing "4." must not become "4").
      setText(kpiInputText(stored, locale));
      setRefusal(null);
    }
  }
  const { min, max, integer } = KPI_LIMITS[field];
  // Six fields re-render on every keystroke in the inspector: one formatter per language, not per render.
  const number = useMemo(() => new Intl.NumberFormat(numberTag(locale)), [locale]);
  // Non-blocking, of the value kept rather than of what is being typed.
  const fraction = refusal === null && mayBeFraction(field, stored);

  const change = (value: string) => {
    setText(value);
    shown.current = { ...shown.current, text: value };
    const read = readKpiInput(field, value, locale, currency);
    setRefusal(read.ok ? null : { reason: read.reason, value });
    if (read.ok && read.value !== stored) {
      release.current ??= holdDraft(commit);
    } else {
      release.current?.();
      release.current = null;
    }
  };

  return (
    <div className="panel-field">
      <label htmlFor={id} className="panel-field__label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        data-testid={TEST_IDS[field]}
        value={text}
        aria-invalid={refusal !== null && refusal.value === text}
        aria-describedby={[refusal && `${id}-error`, fraction && `${id}-hint`].filter(Boolean).join(' ') || undefined}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') settle();
        }}
        onBlur={() => {
          settle();
          if (refusal === null) return;
          // Leaving a refused text puts back what the journey holds; the message stays to say why, until
          // the field is left again holding something else (the value put back, or one typed since).
          if (refusal.value === text) setText(kpiInputText(stored, locale));
          else setRefusal(null);
        }}
      />
      {fraction && (
        <p id={`${id}-hint`} className="hint" data-testid="kpi-fraction-hint">
          {t('panels.measures.mayBeFraction', {
            value: kpiInputText(stored, locale),
            percent: number.format(stored! * 100),
          })}
        </p>
      )}
      {refusal && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {t(MESSAGES[refusal.reason], {
            label,
            min: number.format(min),
            max: number.format(max),
            currency,
            value: refusal.value,
          })}
        </p>
      )}
    </div>
  );
}

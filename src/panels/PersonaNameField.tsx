import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updatePersona } from '../domain/commands/personaCommands';
import type { Persona } from '../domain/journey';
import { LIMITS } from '../domain/limits';
import { personaKey, personaNameTaken } from '../domain/personas';
import { personaName } from '../i18n/personaName';
import { useEditor } from '../store/services';

type NameRefusal = 'blank' | 'taken';

interface Props {
  /** The input's id, for the label and the message. */
  id: string;
  label: string;
  persona: Persona;
  /** The persona's place among the journey's personas (0: the main one). */
  index: number;
  personas: readonly Persona[];
}

/**
 * A persona's name. What is typed stays in the field and is checked on every key; the journey gets it when the
 * field is left (Tab, a click elsewhere, Enter, the dialog closing) or before anything else reads or changes the
 * journey (the editor store's holdDraft, as KpiFields does), and only when it is a name the journey may take:
 * not another persona's (personaNameTaken), and not blank for a persona that has a name. Blank is how a
 * journey's first persona and every new one start (called "Persona 2" wherever shown), so an unnamed persona
 * may stay so; a named one keeps a name. Writing on every valid key, as this field once did, would write "L"
 * on the way from "Luis" to a refused "" and so lose the name it guards. Anything refused is named in a
 * message tied to the field; the journey keeps its name, which leaving the field puts back, and the message
 * stays to say why (no longer what leaving does) until the field is left again holding something else.
 */
export function PersonaNameField({ id, label, persona, index, personas }: Props) {
  const { t } = useTranslation();
  const run = useEditor((s) => s.run);
  const holdDraft = useEditor((s) => s.holdDraft);
  const stored = persona.name;
  const [text, setText] = useState(stored);
  // The refused text is kept with its reason, so the message still names it after the field is put back.
  const [refusal, setRefusal] = useState<{ reason: NameRefusal; value: string } | null>(null);
  const [seen, setSeen] = useState(stored);
  // Whether a valid name typed here waits to be written (the release below is held).
  const [holding, setHolding] = useState(false);
  const release = useRef<(() => void) | null>(null);

  const refusalOf = (name: string): NameRefusal | null => {
    // The journey's own name is never refused, even one it was stored with beside an alike one.
    if (name === stored) return null;
    if (name.trim() === '') return stored.trim() === '' ? null : 'blank';
    if (personaNameTaken({ personas }, persona.id, name)) return 'taken';
    // Nor what an unnamed one is called on screen ("Persona 3"): the select and the legend would list two.
    const shownAs = personas.map((p, i) =>
      p.id !== persona.id && p.name.trim() === '' ? personaName(t, '', i + 1) : '',
    );
    return shownAs.some((shown) => shown !== '' && personaKey(shown) === personaKey(name)) ? 'taken' : null;
  };
  // Refs, so the store's flush of held drafts (outside any render) checks and writes what is on screen now.
  const shown = useRef({ text, refusalOf, write: (_name: string) => {} });
  useLayoutEffect(() => {
    shown.current = { text, refusalOf, write: (name) => run(updatePersona, { id: persona.id, name }) };
  });
  const letGo = () => {
    release.current?.();
    release.current = null;
    setHolding(false);
  };
  // Stable for the field's life, so it runs on unmount (the dialog closing) and when the store flushes.
  const commit = useCallback(() => {
    // Only a name typed here and not yet written: a field merely left writes nothing.
    if (!release.current) return;
    release.current();
    release.current = null;
    setHolding(false);
    const { text: typed, refusalOf: refused, write } = shown.current;
    // Checked again: another persona may have taken the name since it was typed.
    if (refused(typed) !== null) return;
    write(typed);
    // What the field holds is written: an undo run in the same breath (the store writes held drafts first)
    // must still find the journey's name changed from this one, and put the field back.
    setSeen(typed);
  }, []);
  useEffect(() => commit, [commit]);

  if (seen !== stored) {
    setSeen(stored);
    // Renamed by an undo (Ctrl/⌘+Z here is the journey's) or from elsewhere: the field shows that, unless a
    // name typed here waits to be written: it is written over it when the field is left, never lost.
    if (!holding) {
      setText(stored);
      setRefusal(null);
    }
  }

  const change = (value: string) => {
    setText(value);
    shown.current = { ...shown.current, text: value };
    const reason = refusalOf(value);
    setRefusal(reason ? { reason, value } : null);
    if (reason || value === stored) letGo();
    else if (!release.current) {
      release.current = holdDraft(commit);
      setHolding(true);
    }
  };

  // While the refused text is still in the field, the message also says what leaving it does; once it has
  // been put back, only why.
  const unnamed = stored.trim() === '';
  const message =
    refusal &&
    [
      t(
        refusal.reason === 'blank'
          ? 'panels.personas.blankName'
          : unnamed
            ? 'panels.personas.takenNameUnnamed'
            : 'panels.personas.takenName',
        { name: personaName(t, stored, index + 1), value: refusal.value.trim() },
      ),
      refusal.value === text ? t(unnamed ? 'panels.personas.leaveEmpties' : 'panels.personas.leaveRestores') : '',
    ]
      .join(' ')
      .trim();

  return (
    <>
      <div className="panel-field">
        <label htmlFor={id} className="panel-field__label">
          {label}
        </label>
        <input
          id={id}
          data-testid="persona-name"
          maxLength={LIMITS.personaName}
          value={text}
          placeholder={t('panels.personas.namePlaceholder')}
          aria-invalid={refusal !== null && refusal.value === text}
          aria-describedby={message ? `${id}-error` : undefined}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
          }}
          onBlur={() => {
            commit();
            if (refusal === null) return;
            // Leaving a refused name puts back the journey's; the message stays to say why, until the field
            // is left again holding something else (the name put back, or one typed since).
            if (refusal.value === text) setText(stored);
            else setRefusal(null);
          }}
        />
      </div>
      {message && (
        <p id={`${id}-error`} role="alert" className="field-error personas__error">
          {message}
        </p>
      )}
    </>
  );
}

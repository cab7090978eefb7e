import type { Connection, CustomVocabularyEntry, Journey, Opportunity, Touchpoint } from '../domain/journey';
import { jsonEqual } from '../domain/jsonEqual';
import { touchpointById } from '../domain/touchpointIndex';

/**
 * How long after this tab last changed a touchpoint its deletion by someone else is told, with a way to bring
 * it back (ms). Two people offline at once, one editing a card and the other deleting it, merge into the
 * deletion (a deleted map entry takes its fields with it): the one who edited learns of it when the edits meet,
 * which may be long after they were made.
 */
export const LOST_EDIT_WINDOW_MS = 30 * 60_000;

/**
 * Touchpoints someone else's change (through the sync server; not another tab of this browser, see
 * editorStore) deleted after this tab had changed them within LOST_EDIT_WINDOW_MS, as they were just before,
 * with the connections and opportunities that went with them: what "Bring it back" adds again.
 */
export interface LostEdits {
  touchpoints: Touchpoint[];
  connections: Connection[];
  opportunities: Opportunity[];
  /** The journey's own channels and owning functions then, for those the cards use (maybe deleted too). */
  customChannels: CustomVocabularyEntry[];
  customFunctions: CustomVocabularyEntry[];
}

/** Whether two versions of a touchpoint say the same, where they sit aside (a drag, Tidy up, a column moved). */
function sameContent(a: Touchpoint, b: Touchpoint): boolean {
  const { position: _a, stageId: _sa, ...aContent } = a;
  const { position: _b, stageId: _sb, ...bContent } = b;
  return jsonEqual(aContent, bContent);
}

/**
 * Remembers when this tab last changed each touchpoint of the open journey, and picks out, among what a change
 * from elsewhere deleted, those it changed lately. `now` is in ms (Date.now by default).
 */
export function createEditTracker(now: () => number = () => Date.now()) {
  let journeyId: string | null = null;
  const editedAt = new Map<string, number>();
  /** Another journey open here: what this tab changed in the last one is forgotten. */
  const follow = (journey: Journey) => {
    if (journey.id === journeyId) return;
    journeyId = journey.id;
    editedAt.clear();
  };

  return {
    /**
     * After this tab's own change: each touchpoint whose content changed (not only where it sits) counts as
     * edited now (the document reader keeps the object of a touchpoint nothing changed). A new one does not:
     * whoever deletes it has seen it, so its creation cannot be lost, only what was written into it later.
     */
    noteLocal(previous: Journey | null, journey: Journey): void {
      follow(journey);
      if (previous?.id !== journey.id || previous.touchpoints === journey.touchpoints) return;
      const at = now();
      for (const t of journey.touchpoints) {
        const before = touchpointById(previous.touchpoints, t.id);
        if (before && before !== t && !sameContent(before, t)) editedAt.set(t.id, at);
      }
    },

    /**
     * Typing into a touchpoint's text field counts as changing it from the first key, before the field writes
     * its words to the journey (once typing pauses): a deletion arriving in between takes them too.
     */
    noteTyping(journey: Journey, ids: readonly string[]): void {
      follow(journey);
      const at = now();
      for (const id of ids) editedAt.set(id, at);
    },

    /** Forgets every edit (another journey opens, or the editor closes). */
    clear(): void {
      journeyId = null;
      editedAt.clear();
    },

    /** After someone else's change: the touchpoints it deleted that this tab changed lately, or null. */
    lost(previous: Journey | null, journey: Journey): LostEdits | null {
      if (!previous || previous.id !== journey.id || journey.id !== journeyId) return null;
      if (previous.touchpoints === journey.touchpoints || editedAt.size === 0) return null;
      const since = now() - LOST_EDIT_WINDOW_MS;
      const touchpoints = previous.touchpoints.filter(
        (t) => (editedAt.get(t.id) ?? -Infinity) >= since && touchpointById(journey.touchpoints, t.id) === undefined,
      );
      for (const t of touchpoints) editedAt.delete(t.id);
      if (touchpoints.length === 0) return null;
      const gone = new Set(touchpoints.map((t) => t.id));
      return {
        touchpoints,
        connections: previous.connections.filter((c) => gone.has(c.from) || gone.has(c.to)),
        opportunities: previous.opportunities.filter((o) => gone.has(o.touchpointId)),
        customChannels: previous.customChannels,
        customFunctions: previous.customFunctions,
      };
    },
  };
}

/** The touchpoint's fields the inspector edits in a text field that writes once typing pauses. */
export const TYPED_FIELDS = ['title', 'description', 'painNote', 'notes'] as const;
export type TypedField = (typeof TYPED_FIELDS)[number];
export type TypedFields = Partial<Pick<Touchpoint, TypedField>>;

/** The lost edits with `fields` written into touchpoint `id` (the same object when it is not among them). */
export function amendLostEdits(lost: LostEdits, id: string, fields: TypedFields): LostEdits {
  if (!lost.touchpoints.some((t) => t.id === id)) return lost;
  return { ...lost, touchpoints: lost.touchpoints.map((t) => (t.id === id ? { ...t, ...fields } : t)) };
}

/** Both sets of lost edits in one, `later`'s version of a touchpoint winning (null when there is none). */
export function mergeLostEdits(earlier: LostEdits | null, later: LostEdits): LostEdits {
  if (!earlier) return later;
  const ids = new Set(later.touchpoints.map((t) => t.id));
  const connections = new Set(later.connections.map((c) => c.id));
  const opportunities = new Set(later.opportunities.map((o) => o.id));
  const entries = (a: CustomVocabularyEntry[], b: CustomVocabularyEntry[]) => {
    const known = new Set(b.map((e) => e.id));
    return [...a.filter((e) => !known.has(e.id)), ...b];
  };
  return {
    touchpoints: [...earlier.touchpoints.filter((t) => !ids.has(t.id)), ...later.touchpoints],
    connections: [...earlier.connections.filter((c) => !connections.has(c.id)), ...later.connections],
    opportunities: [...earlier.opportunities.filter((o) => !opportunities.has(o.id)), ...later.opportunities],
    customChannels: entries(earlier.customChannels, later.customChannels),
    customFunctions: entries(earlier.customFunctions, later.customFunctions),
  };
}

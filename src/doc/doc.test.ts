import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { labelConnection } from '../domain/commands/connectionCommands';
import { addPersona, setPersonaEmotion } from '../domain/commands/personaCommands';
import { renameJourney } from '../domain/commands/journeyCommands';
import { addStage, moveStage, renameStage } from '../domain/commands/stageCommands';
import { addTouchpoint, deleteElements, newTouchpoint, updateTouchpoints } from '../domain/commands/touchpointCommands';
import type { JourneyCommand } from '../domain/commands/command';
import type { Journey } from '../domain/journey';
import { restoreJourney } from '../domain/restore';
import { TEMPLATES, instantiateTemplate } from '../domain/templates';
import { docToJourney, JourneyReader } from './read';
import { sharedTypes } from './shape';
import { journeyToDoc, writeJourney } from './write';

const LOCAL = { local: true };

/** Runs a command on the doc's journey and writes the result back, as the editor store will. */
function run<P>(doc: Y.Doc, command: JourneyCommand<P>, payload: P, origin: unknown = LOCAL): Journey {
  const before = docToJourney(doc);
  const after = produce(before, (draft) => command.apply(draft, payload));
  doc.transact(() => writeJourney(doc, before, after), origin);
  return after;
}

function fixture(name: string): Journey {
  const restored = restoreJourney(readFileSync(join(__dirname, '../domain/fixtures', name), 'utf8'));
  if (!restored.ok) throw new Error(name);
  return restored.journey;
}

/** Sends every update of `from` the other doc lacks (what a provider does). */
function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

const meUno = () => instantiateTemplate(TEMPLATES[0], 'es');

describe('a journey as a Yjs document', () => {
  const journeys: [string, Journey][] = [
    ...TEMPLATES.flatMap((t) =>
      (['es', 'en'] as const).map((l): [string, Journey] => [`${t.id} (${l})`, instantiateTemplate(t, l)]),
    ),
    ['the version-0 fixture', fixture('v0-bare-journey.json')],
    ['the version-1 fixture', fixture('v1-me-quejo-es.json')],
    ['the measured version-2 fixture (two personas)', fixture('v2-me-quejo-medido-es.json')],
  ];

  it.each(journeys)('converts %s to a document and back without loss', (_name, journey) => {
    const doc = journeyToDoc(journey);
    expect(docToJourney(doc)).toEqual(journey);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(docToJourney(copy)).toEqual(journey);
  });

  it('writes only the field that changed', () => {
    const doc = journeyToDoc(meUno());
    const id = docToJourney(doc).touchpoints[3].id;
    const changed: string[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      for (const [type, keys] of tr.changed) {
        if (type instanceof Y.Map) changed.push(...[...keys].map(String));
        // A text field's Y.Text changes inside its element: named by its key there.
        else if (type instanceof Y.Text) changed.push(`${type._item?.parentSub} (text)`);
        else changed.push('(array)');
      }
    });
    run(doc, updateTouchpoints, { ids: [id], fields: { title: 'Nuevo título' } });
    expect(changed).toEqual(['title (text)']);
    changed.length = 0;
    run(doc, updateTouchpoints, { ids: [id], fields: { emotion: 2 } });
    expect(changed).toEqual(['emotion']);
  });

  it('removes a field an edit removed, so reading does not bring its old value back', () => {
    const doc = journeyToDoc(meUno());
    const before = docToJourney(doc);
    // An optional field (a score) that is cleared leaves the object; a field this version has is used here.
    const after = produce(before, (draft) => {
      delete (draft.touchpoints[0] as Partial<Journey['touchpoints'][number]>).notes;
    });
    doc.transact(() => writeJourney(doc, before, after));
    expect('notes' in docToJourney(doc).touchpoints[0]).toBe(false);
    expect(docToJourney(doc).touchpoints[1].notes).toBe(before.touchpoints[1].notes);
  });

  it('keeps the objects and arrays of what a transaction did not touch', () => {
    const doc = journeyToDoc(meUno());
    const reader = new JourneyReader(doc);
    let journey = reader.read();
    doc.on('afterTransaction', (tr: Y.Transaction) => (journey = reader.read(tr)));
    const before = journey;
    const id = before.touchpoints[3].id;
    run(doc, updateTouchpoints, { ids: [id], fields: { emotion: -2 } });
    expect(journey.touchpoints[3].emotion).toBe(-2);
    expect(journey.touchpoints[2]).toBe(before.touchpoints[2]);
    expect(journey.touchpoints[3]).not.toBe(before.touchpoints[3]);
    expect(journey.stages).toBe(before.stages);
    expect(journey.connections).toBe(before.connections);
    const cards = journey.touchpoints;
    run(doc, renameJourney, { name: 'Me uno (v2)' });
    expect(journey.name).toBe('Me uno (v2)');
    expect(journey.touchpoints).toBe(cards);
  });

  it('reads, after each of a run of edits, additions and deletions, what a fresh read of the document holds', () => {
    const doc = journeyToDoc(meUno());
    const reader = new JourneyReader(doc);
    let journey = reader.read();
    doc.on('afterTransaction', (tr: Y.Transaction) => (journey = reader.read(tr)));
    const [first, second] = journey.touchpoints;
    run(doc, updateTouchpoints, { ids: [second.id], fields: { title: 'Llamo' } });
    expect(journey).toEqual(docToJourney(doc));
    const added = newTouchpoint(journey, { x: 30, y: 900 });
    run(doc, addTouchpoint, { touchpoint: added });
    run(doc, updateTouchpoints, { ids: [added.id, first.id], fields: { title: 'Entro' } });
    expect(journey).toEqual(docToJourney(doc));
    expect(journey.touchpoints.at(-1)?.title).toBe('Entro');
    run(doc, deleteElements, { touchpointIds: [first.id], connectionIds: [] });
    run(doc, updateTouchpoints, { ids: [second.id], fields: { title: 'Llamo otra vez' } });
    expect(journey).toEqual(docToJourney(doc));
  });

  it('keeps both people’s words when they type into one text field at once', () => {
    const a = journeyToDoc(meUno());
    const b = new Y.Doc();
    sync(a, b);
    const [first] = docToJourney(a).touchpoints;
    const stage = docToJourney(a).stages[0];
    // One place each, as a key or a paste makes it (an edit in several places is written as one splice
    // covering them all, which merges as that).
    run(a, updateTouchpoints, { ids: [first.id], fields: { title: `${first.title} ANA`, notes: 'Ana: tarda' } });
    run(b, updateTouchpoints, { ids: [first.id], fields: { title: `¡${first.title}`, notes: 'Ben: confuso' } });
    run(a, renameStage, { id: stage.id, name: `${stage.name} (web)` });
    run(b, renameStage, { id: stage.id, name: `Nueva ${stage.name}` });
    sync(a, b);
    sync(b, a);
    const merged = docToJourney(a);
    expect(docToJourney(b)).toEqual(merged);
    const card = merged.touchpoints.find((t) => t.id === first.id)!;
    expect(card.title).toBe(`¡${first.title} ANA`);
    expect(card.notes).toContain('Ana: tarda');
    expect(card.notes).toContain('Ben: confuso');
    expect(merged.stages[0].name).toBe(`Nueva ${stage.name} (web)`);
  });

  it('reads a text field an older document or client holds as a string, and merges from its next edit on', () => {
    const a = journeyToDoc(meUno());
    const [first] = docToJourney(a).touchpoints;
    // What a client before text fields writes: a plain string over the field.
    a.transact(() => a.getMap<Y.Map<unknown>>('touchpoints').get(first.id)!.set('title', 'Veo un anuncio'));
    expect(docToJourney(a).touchpoints[0].title).toBe('Veo un anuncio');
    run(a, updateTouchpoints, { ids: [first.id], fields: { title: 'Veo un anuncio en redes' } });
    const b = new Y.Doc();
    sync(a, b);
    run(a, updateTouchpoints, { ids: [first.id], fields: { title: 'Veo un anuncio en redes ya' } });
    run(b, updateTouchpoints, { ids: [first.id], fields: { title: 'Hoy veo un anuncio en redes' } });
    sync(a, b);
    sync(b, a);
    expect(docToJourney(a).touchpoints[0].title).toBe('Hoy veo un anuncio en redes ya');
  });

  it('rereads only the card whose text field someone else typed into', () => {
    const a = journeyToDoc(meUno());
    const b = new Y.Doc();
    sync(a, b);
    const reader = new JourneyReader(b);
    const before = reader.read();
    const [first, second] = before.touchpoints;
    run(a, updateTouchpoints, { ids: [first.id], fields: { title: `${first.title}!` } });
    let after = before;
    b.once('afterTransaction', (transaction: Y.Transaction) => (after = reader.read(transaction)));
    sync(a, b);
    expect(after.touchpoints[0].title).toBe(`${first.title}!`);
    expect(after.touchpoints[1]).toBe(second);
    expect(after.stages).toBe(before.stages);
  });

  it('converges when two people edit apart and then exchange their edits', () => {
    const a = journeyToDoc(meUno());
    const b = new Y.Doc();
    sync(a, b);
    const start = docToJourney(a);
    const [first, second, third] = start.touchpoints;

    // A: retitles the first card, deletes the third, adds a card, labels a connection.
    run(a, updateTouchpoints, { ids: [first.id], fields: { title: 'Veo el anuncio' } });
    run(a, deleteElements, { touchpointIds: [third.id], connectionIds: [] });
    const added = newTouchpoint(start, { x: 30, y: 900 }, { title: 'Pregunto a un amigo' });
    run(a, addTouchpoint, { touchpoint: added });
    run(a, labelConnection, { id: start.connections[0].id, label: 'me convence' });
    // B, meanwhile: rates the same first card, moves a stage, adds a stage and its own card.
    run(b, updateTouchpoints, { ids: [first.id], fields: { emotion: 2 } });
    run(b, moveStage, { id: start.stages[0].id, toIndex: 2 });
    run(b, addStage, { name: 'Me quejo', id: 'stage-b' });
    const theirs = newTouchpoint(docToJourney(b), { x: 60, y: 1200 }, { title: 'Llamo', stageId: 'stage-b' });
    run(b, addTouchpoint, { touchpoint: theirs });

    sync(a, b);
    sync(b, a);
    const merged = docToJourney(a);
    expect(docToJourney(b)).toEqual(merged);
    const card = merged.touchpoints.find((t) => t.id === first.id)!;
    expect([card.title, card.emotion]).toEqual(['Veo el anuncio', 2]);
    expect(merged.touchpoints.some((t) => t.id === third.id)).toBe(false);
    expect(merged.touchpoints.map((t) => t.id)).toEqual(expect.arrayContaining([added.id, theirs.id, second.id]));
    expect(merged.stages.map((s) => s.id)).toEqual([
      start.stages[1].id,
      start.stages[2].id,
      start.stages[0].id,
      ...start.stages.slice(3).map((s) => s.id),
      'stage-b',
    ]);
    expect(merged.connections.find((c) => c.id === start.connections[0].id)?.label).toBe('me convence');
  });

  it('undoes only local changes, and keeps the remote ones made meanwhile', () => {
    const doc = journeyToDoc(meUno());
    const other = new Y.Doc();
    sync(doc, other);
    const undo = new Y.UndoManager(sharedTypes(doc), { trackedOrigins: new Set([LOCAL]) });
    const [t1, t2] = docToJourney(doc).touchpoints;
    run(doc, updateTouchpoints, { ids: [t1.id], fields: { title: 'Mío' } });
    run(other, updateTouchpoints, { ids: [t2.id], fields: { title: 'Suyo' } });
    sync(other, doc);
    undo.undo();
    const journey = docToJourney(doc);
    expect(journey.touchpoints.find((t) => t.id === t1.id)?.title).toBe(t1.title);
    expect(journey.touchpoints.find((t) => t.id === t2.id)?.title).toBe('Suyo');
  });

  it("keeps both edits when two people set different personas' emotions on one touchpoint at once", () => {
    const a = journeyToDoc(meUno());
    run(a, addPersona, { name: 'Ana', id: 'persona-ana' });
    run(a, addPersona, { name: 'Luis', id: 'persona-luis' });
    const b = new Y.Doc();
    sync(a, b);
    const id = docToJourney(a).touchpoints[0].id;

    run(a, setPersonaEmotion, { ids: [id], personaId: 'persona-ana', emotion: -2 });
    run(b, setPersonaEmotion, { ids: [id], personaId: 'persona-luis', emotion: 1 });
    sync(a, b);
    sync(b, a);
    const merged = docToJourney(a).touchpoints.find((t) => t.id === id)!;
    expect(merged.personaEmotions).toEqual({ 'persona-ana': -2, 'persona-luis': 1 });
    expect(docToJourney(b)).toEqual(docToJourney(a));

    // Clearing one persona's emotion leaves the other's.
    run(b, setPersonaEmotion, { ids: [id], personaId: 'persona-ana', emotion: null });
    sync(b, a);
    expect(docToJourney(a).touchpoints.find((t) => t.id === id)!.personaEmotions).toEqual({ 'persona-luis': 1 });
  });

  it('reads a document written before the split (the whole record in one key) unchanged, and merges edits over it', () => {
    const journey = fixture('v2-me-quejo-medido-es.json');
    const doc = journeyToDoc(journey);
    // Rewrite every touchpoint as an older build stored it: personaEmotions as one value.
    doc.transact(() => {
      for (const t of journey.touchpoints) {
        const map = doc.getMap<Y.Map<unknown>>('touchpoints').get(t.id)!;
        for (const key of [...map.keys()]) if (key.startsWith('personaEmotions.')) map.delete(key);
        map.set('personaEmotions', t.personaEmotions);
      }
    });
    expect(docToJourney(doc)).toEqual(journey);

    const [rated, cleared] = journey.touchpoints.filter((t) => Object.keys(t.personaEmotions).length > 0);
    const other = new Y.Doc();
    sync(doc, other);
    // At once: one person rates a persona, another retitles the card and clears that persona's emotion elsewhere.
    run(doc, setPersonaEmotion, { ids: [rated.id], personaId: 'persona-mayor', emotion: 2 });
    run(other, updateTouchpoints, { ids: [rated.id], fields: { title: 'Otro título' } });
    run(other, setPersonaEmotion, { ids: [cleared.id], personaId: 'persona-mayor', emotion: null });
    sync(doc, other);
    sync(other, doc);
    const merged = docToJourney(doc);
    expect(docToJourney(other)).toEqual(merged);
    const card = merged.touchpoints.find((t) => t.id === rated.id)!;
    expect([card.title, card.personaEmotions]).toEqual(['Otro título', { 'persona-mayor': 2 }]);
    expect(merged.touchpoints.find((t) => t.id === cleared.id)!.personaEmotions).toEqual({});
    // The older record is left as it was: the entries written since override it.
    const stored = doc.getMap<Y.Map<unknown>>('touchpoints').get(rated.id)!;
    expect(stored.get('personaEmotions')).toEqual(rated.personaEmotions);
    expect(stored.get('personaEmotions.persona-mayor')).toBe(2);
  });
});

import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import type { Journey, Touchpoint } from '../domain/journey';
import { aTouchpoint } from '../test/touchpoint';
import { connectionLabelId } from './connectionLabel';
import { estimatedCardSize } from '../domain/look/cardSize';
import { toEdges, toTouchpointNodes, touchpointNodeCache } from './toFlow';

function journeyWithTwoCards(): Journey {
  const journey = createEmptyJourney('Edges', ['One']);
  const card = (id: string, functionId: string): Touchpoint =>
    aTouchpoint({ id, stageId: journey.stages[0].id, functionId, position: { x: 30, y: 100 } });
  return {
    ...journey,
    touchpoints: [card('a', 'sales'), card('b', 'sales')],
    connections: [{ id: 'a-b', from: 'a', to: 'b', label: '' }],
  };
}

describe('toEdges', () => {
  it('gives back the same edges when a card only moved, and new ones when a hand-off appears', () => {
    const journey = journeyWithTwoCards();
    const edges = toEdges(journey);
    expect(edges[0].data?.handoff).toBe(false);

    const moved = produce(journey, (j) => {
      j.touchpoints[0].position = { x: 400, y: 100 };
    });
    expect(toEdges(moved)).toBe(edges);

    const handedOff = produce(moved, (j) => {
      j.touchpoints[1].functionId = 'customer-care';
    });
    const after = toEdges(handedOff);
    expect(after).not.toBe(edges);
    expect(after[0].data?.handoff).toBe(true);
    expect(after[0].className).toBe('edge--handoff');
  });

  it('keeps its list through title edits under the same selection, and follows an owner or selection change', () => {
    const journey = journeyWithTwoCards();
    const none = new Set<string>();
    const edges = toEdges(journey, none);
    // The edge is labelled by words its component keeps up to date (ConnectionEdge), not by its own fields.
    expect(edges[0].domAttributes?.['aria-labelledby']).toBe(connectionLabelId('a-b'));
    const retitled = produce(journey, (j) => {
      j.touchpoints[1].title = 'Llamo';
    });
    expect(toEdges(retitled, none)).toBe(edges);
    const handedOff = produce(retitled, (j) => {
      j.touchpoints[1].functionId = 'customer-care';
    });
    expect(toEdges(handedOff, none)[0].data?.handoff).toBe(true);
    expect(toEdges(handedOff, new Set(['a-b']))[0].selected).toBe(true);
  });

  it('marks a selected connection as selected', () => {
    const journey = journeyWithTwoCards();
    expect(toEdges(journey, new Set(['a-b']))[0].selected).toBe(true);
    expect(toEdges(journey)[0].selected).toBe(false);
  });
});

describe('toTouchpointNodes', () => {
  it('gives a card not yet measured an estimated size and handles, so React Flow need not draw it to place it', () => {
    const journey = journeyWithTwoCards();
    const long = produce(journey, (j) => {
      j.touchpoints[1].title =
        'A title long enough to wrap over five lines on a card of two hundred and forty pixels, or more';
    });
    const [short, tall] = toTouchpointNodes(long);
    expect(short.initialWidth).toBe(240);
    expect(tall.initialHeight ?? 0).toBeGreaterThan(short.initialHeight ?? 0);
    expect(short.handles?.map((h) => h.type)).toEqual(['target', 'source']);
    // React Flow's own measured field is left to React Flow until it has measured the card.
    expect(short.measured).toBeUndefined();
    expect(estimatedCardSize({ title: '' })).toEqual({ width: short.initialWidth, height: short.initialHeight });
  });

  it('uses the measured size once there is one, leaving the handles React Flow measured', () => {
    const journey = journeyWithTwoCards();
    const size = { width: 240, height: 131 };
    const cache = touchpointNodeCache();
    const [node] = toTouchpointNodes(journey, new Set(), new Map([['a', size]]), cache);
    expect(node.measured).toBe(size);
    expect(node.handles).toBeUndefined();
    expect(node.initialHeight).toBeUndefined();
    // The same inputs keep the same node object, so React Flow skips it.
    expect(toTouchpointNodes(journey, new Set(), new Map([['a', size]]), cache)[0]).toBe(node);
  });

  it('keeps the node React Flow has when a measurement arrives, and carries it into the next node made', () => {
    const journey = journeyWithTwoCards();
    const cache = touchpointNodeCache();
    const [estimated] = toTouchpointNodes(journey, new Set(), new Map(), cache);
    // React Flow keeps what it measured in its own node: a new object would only make it render the card again.
    const size = new Map([['a', { width: 240, height: 131 }]]);
    expect(toTouchpointNodes(journey, new Set(), size, cache)[0]).toBe(estimated);
    const [selected] = toTouchpointNodes(journey, new Set(['a']), size, cache);
    expect(selected.selected).toBe(true);
    expect(selected.measured).toEqual({ width: 240, height: 131 });
    expect(selected.handles).toBeUndefined();
  });

  it('keeps the same node when only the words of a touchpoint change, and makes a new one when it moves', () => {
    const journey = journeyWithTwoCards();
    const size = new Map([['a', { width: 240, height: 131 }]]);
    const [node] = toTouchpointNodes(journey, new Set(), size);
    // As the document reader gives it back: a new object, its position a new object of the same value.
    const retitled = produce(journey, (j) => {
      j.touchpoints[0] = {
        ...j.touchpoints[0],
        title: 'I call the shop again',
        emotion: 2,
        position: { x: 30, y: 100 },
      };
    });
    expect(toTouchpointNodes(retitled, new Set(), size)[0]).toBe(node);
    expect(node.data).toEqual({});

    const moved = produce(retitled, (j) => {
      j.touchpoints[0].position = { x: 400, y: 100 };
    });
    expect(toTouchpointNodes(moved, new Set(), size)[0].position).toEqual({ x: 400, y: 100 });
    expect(toTouchpointNodes(moved, new Set(['a']), size)[0].selected).toBe(true);
  });

  it('names cards and connections for screen readers in the words given, anew when the words change', () => {
    // The same journey, selection and sizes, as the canvas holds them across a switch of language.
    const journey = journeyWithTwoCards();
    const cache = touchpointNodeCache();
    const none = new Set<string>();
    const sizes = new Map<string, { width: number; height: number }>();
    const nodes = toTouchpointNodes(journey, none, sizes, cache, 'punto de contacto');
    expect(nodes[0].domAttributes?.['aria-roledescription']).toBe('punto de contacto');
    expect(toTouchpointNodes(journey, none, sizes, cache, 'punto de contacto')[0]).toBe(nodes[0]);
    const english = toTouchpointNodes(journey, none, sizes, cache, 'touchpoint');
    expect(english[0]).not.toBe(nodes[0]);
    expect(english[0].domAttributes?.['aria-roledescription']).toBe('touchpoint');
    const edges = toEdges(journey, none, 'conexión');
    expect(edges[0].domAttributes?.['aria-roledescription']).toBe('conexión');
    expect(toEdges(journey, none, 'connection')[0].domAttributes?.['aria-roledescription']).toBe('connection');
  });

  it('maps again only the touchpoints that changed, for the same selection and sizes', () => {
    const journey = journeyWithTwoCards();
    const selected = new Set<string>();
    const sizes = new Map<string, { width: number; height: number }>();
    const cache = touchpointNodeCache();
    const nodes = toTouchpointNodes(journey, selected, sizes, cache);
    const moved = produce(journey, (j) => {
      j.touchpoints[1].position = { x: 400, y: 100 };
    });
    const after = toTouchpointNodes(moved, selected, sizes, cache);
    expect(after[0]).toBe(nodes[0]);
    expect(after[1].position).toEqual({ x: 400, y: 100 });
  });
});

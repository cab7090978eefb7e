import { describe, expect, it } from 'vitest';
import { aTouchpoint } from '../test/touchpoint';
import { layeredBlueprint, layeredLayout, type LayeredBlueprint, type LayerNote } from './blueprintLayers';
import { createEmptyJourney } from './factory';
import type { Journey, Touchpoint } from './journey';
import { channelsOf, functionsOf } from './vocabulary';

/** Three stages 300, 400 and 500 wide; a custom function "IT" the team marked backstage. */
function journeyWith(build: (stages: string[]) => Touchpoint[]): Journey {
  const journey = createEmptyJourney('Me quejo', ['Reclamo', 'Espero', 'Me responden']);
  return {
    ...journey,
    stages: journey.stages.map((s, i) => ({ ...s, width: 300 + i * 100 })),
    customFunctions: [{ id: 'it', label: 'IT', icon: 'wrench', color: '#0ea5e9', backstage: true }],
    touchpoints: build(journey.stages.map((s) => s.id)),
  };
}

const complaint = journeyWith(([reclamo, espero, responden]) => [
  aTouchpoint({
    id: 'llamo',
    stageId: reclamo,
    functionId: 'customer-care',
    channelId: 'call-centre',
    position: { x: 0, y: 100 },
    backstage: 'El agente consulta el CRM',
    support: 'CRM',
  }),
  aTouchpoint({ id: 'carta', stageId: reclamo, functionId: 'back-office', position: { x: 0, y: 300 } }),
  aTouchpoint({ id: 'portal', stageId: espero, functionId: null, position: { x: 0, y: 50 }, support: 'Facturación' }),
  aTouchpoint({ id: 'oferta', stageId: espero, functionId: 'sales', position: { x: 0, y: 10 } }),
  aTouchpoint({ id: 'aviso', stageId: responden, functionId: 'it', position: { x: 0, y: 10 } }),
]);

function layersOf(journey: Journey): LayeredBlueprint {
  return layeredBlueprint(journey, functionsOf(journey, 'es'), channelsOf(journey, 'es'));
}

const brief = (cells: LayerNote[][]) => cells.map((cell) => cell.map((n) => [n.touchpointId, n.heading, n.text]));

describe('layeredBlueprint', () => {
  const layers = layersOf(complaint);

  it('puts every touchpoint in the customer row, in its column, top to bottom as on the free canvas', () => {
    expect(layers.customer.map((cell) => cell.map((t) => t.id))).toEqual([
      ['llamo', 'carta'],
      ['oferta', 'portal'],
      ['aviso'],
    ]);
  });

  it('names the frontstage function and its channel; none for a backstage function or no function', () => {
    expect(brief(layers.notes.frontstage)).toEqual([
      [['llamo', 'Atención al cliente', 'Centro de llamadas']],
      [['oferta', 'Ventas', '']],
      [],
    ]);
  });

  it('puts backstage text and backstage functions (built-in default or marked by the team) below the line', () => {
    expect(brief(layers.notes.backstage)).toEqual([
      [
        ['llamo', '', 'El agente consulta el CRM'],
        ['carta', 'Back-office', ''],
      ],
      [],
      [['aviso', 'IT', '']],
    ]);
  });

  it('puts support text in the support row', () => {
    expect(brief(layers.notes.support)).toEqual([[['llamo', '', 'CRM']], [['portal', '', 'Facturación']], []]);
  });

  it('follows the team when it marks its own function frontstage', () => {
    const front = { ...complaint, customFunctions: complaint.customFunctions.map((f) => ({ ...f, backstage: false })) };
    const moved = layersOf(front);
    expect(brief(moved.notes.frontstage)[2]).toEqual([['aviso', 'IT', '']]);
    expect(moved.notes.backstage[2]).toEqual([]);
  });
});

describe('layeredLayout', () => {
  // Hand-computed: stage headers 64 tall; each row a 32 label strip, 18 padding above and below its items;
  // cards 132 tall with 36 between; notes 10 padding, 18 a line (heading, then text), 18 between.
  const layout = layeredLayout(complaint, layersOf(complaint));

  it('stacks rows top to bottom with the line of visibility between frontstage and backstage', () => {
    expect(layout.rows).toEqual([
      { layer: 'customer', y: 64, height: 32 + 36 + 300 },
      { layer: 'frontstage', y: 432, height: 32 + 36 + 56 },
      { layer: 'backstage', y: 588, height: 32 + 36 + 94 },
      { layer: 'support', y: 750, height: 32 + 36 + 38 },
    ]);
    expect(layout.visibilityY).toBe(556 + 16);
    expect(layout.height).toBe(856);
    expect(layout.width).toBe(1200);
  });

  it('centres cards and notes in their stage column and stacks them in order', () => {
    expect(layout.positions).toEqual({
      llamo: { x: 30, y: 114 },
      carta: { x: 30, y: 282 },
      oferta: { x: 380, y: 114 },
      portal: { x: 380, y: 282 },
      aviso: { x: 830, y: 114 },
    });
    const at = (id: string) => layout.notes.find((n) => n.note.id === id);
    expect(at('llamo:frontstage')).toMatchObject({ x: 30, y: 482, height: 56 });
    expect(at('llamo:backstage')).toMatchObject({ x: 30, y: 638, height: 38 });
    expect(at('carta:backstage')).toMatchObject({ x: 30, y: 694, height: 38 });
    expect(at('aviso:backstage')).toMatchObject({ x: 830, y: 638 });
    expect(at('portal:support')).toMatchObject({ x: 380, y: 800 });
  });
});

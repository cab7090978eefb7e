import { produce } from 'immer';
import { createEmptyJourney } from './factory';
import { newTouchpoint } from './commands/touchpointCommands';
import type { Journey } from './journey';
import { mergeJourneys } from './merge';

function base(): Journey {
  const journey = createEmptyJourney('Me uno', ['Me informo', 'Solicito']);
  journey.touchpoints = [
    newTouchpoint(journey, { x: 30, y: 100 }, { title: 'Anuncio' }),
    newTouchpoint(journey, { x: 330, y: 100 }, { title: 'Llamada' }),
  ];
  journey.connections = [{ id: 'c1', from: journey.touchpoints[0].id, to: journey.touchpoints[1].id, label: '' }];
  return journey;
}

describe('mergeJourneys', () => {
  it('keeps edits to different touchpoints from both tabs', () => {
    const b = base();
    const local = produce(b, (d) => void (d.touchpoints[0].title = 'Anuncio en redes'));
    const remote = produce(b, (d) => void (d.touchpoints[1].emotion = -2));
    const merged = mergeJourneys(b, local, remote);
    expect(merged.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Anuncio en redes', null],
      ['Llamada', -2],
    ]);
  });

  it('keeps touchpoints added in either tab and drops those deleted here with their connections', () => {
    const b = base();
    const local = produce(b, (d) => {
      d.touchpoints.splice(0, 1);
      d.touchpoints.push(newTouchpoint(b, { x: 30, y: 300 }, { title: 'Aquí' }));
    });
    const remote = produce(b, (d) => void d.touchpoints.push(newTouchpoint(b, { x: 330, y: 300 }, { title: 'Allí' })));
    const merged = mergeJourneys(b, local, remote);
    expect(merged.touchpoints.map((t) => t.title).sort()).toEqual(['Allí', 'Aquí', 'Llamada']);
    expect(merged.connections).toEqual([]);
  });

  it('takes the name from the tab that changed it, and this tab wins a conflict on one touchpoint', () => {
    const b = base();
    const local = produce(b, (d) => void (d.touchpoints[0].title = 'Mío'));
    const remote = produce(b, (d) => {
      d.name = 'Me uno 2027';
      d.touchpoints[0].title = 'Suyo';
    });
    const merged = mergeJourneys(b, local, remote);
    expect(merged.name).toBe('Me uno 2027');
    expect(merged.touchpoints[0].title).toBe('Mío');
  });

  it('returns the remote version when nothing changed here', () => {
    const b = base();
    const remote = produce(b, (d) => void (d.description = 'Actualizado'));
    expect(mergeJourneys(b, b, remote)).toEqual(remote);
  });
});

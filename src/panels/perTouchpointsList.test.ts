import { describe, expect, it } from 'vitest';
import { seedJourney } from '../test/panelTestKit';
import { perTouchpointsList } from './perTouchpointsList';

describe('perTouchpointsList', () => {
  it('answers again only for another touchpoints list, other personas or another argument', () => {
    let worked = 0;
    const titled = perTouchpointsList((journey, prefix: string) => {
      worked++;
      return journey.touchpoints.filter((t) => t.title.startsWith(prefix)).length;
    }, -1);
    const journey = seedJourney();
    expect(titled(null, 'Ve')).toBe(-1);
    expect(titled(journey, 'Ve')).toBe(1);
    expect(titled({ ...journey, name: 'renamed' }, 'Ve')).toBe(1);
    expect(worked).toBe(1);
    expect(titled(journey, 'Busca')).toBe(1);
    const touchpoints = journey.touchpoints.map((t) => ({ ...t, title: `Ve ${t.title}` }));
    expect(titled({ ...journey, touchpoints }, 'Ve')).toBe(3);
    expect(titled({ ...journey, touchpoints, personas: [...journey.personas] }, 'Ve')).toBe(3);
    expect(worked).toBe(4);
  });
});

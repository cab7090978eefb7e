import { describe, expect, it } from 'vitest';
import { MIN_COLUMN_HEIGHT, ROW_GAP, TOUCHPOINT_HEIGHT } from '../layout';
import { aTouchpoint } from '../../test/touchpoint';
import { columnHeight, estimatedCardSize } from './cardSize';

describe('columnHeight', () => {
  it('is at least the columns’ least height, for an empty journey or cards near the top', () => {
    expect(columnHeight({ touchpoints: [] })).toBe(MIN_COLUMN_HEIGHT);
    expect(columnHeight({ touchpoints: [aTouchpoint({ id: 't1', stageId: 's', position: { x: 0, y: 100 } })] })).toBe(
      MIN_COLUMN_HEIGHT,
    );
  });

  it('ends two row gaps below the lowest card, a card of a long title as tall as its lines make it', () => {
    const short = aTouchpoint({ id: 't1', stageId: 's', title: 'Llamo', position: { x: 0, y: 900 } });
    expect(columnHeight({ touchpoints: [short] })).toBe(900 + TOUCHPOINT_HEIGHT + 2 * ROW_GAP);
    const long = { ...short, title: 'Llamo al banco y nadie me contesta, '.repeat(8) };
    const height = estimatedCardSize(long).height;
    expect(height).toBeGreaterThan(TOUCHPOINT_HEIGHT);
    // The card's foot stays inside its column, and so off the emotion curve drawn below the columns.
    expect(columnHeight({ touchpoints: [short, long] })).toBe(900 + height + 2 * ROW_GAP);
  });
});

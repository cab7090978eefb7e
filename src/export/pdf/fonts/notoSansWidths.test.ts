// The width table the page plan measures with must be the embedded font's own: a drift between the two
// would wrap text differently from how viewers draw it. fontkit reads the committed font files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fontWidths } from '../metrics';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as {
  create(buffer: Buffer): {
    unitsPerEm: number;
    characterSet: number[];
    glyphForCodePoint(cp: number): { advanceWidth: number };
  };
};

describe.each([
  ['normal', 'NotoSans-Regular.ttf'],
  ['bold', 'NotoSans-Bold.ttf'],
] as const)('the Noto Sans %s width table', (weight, file) => {
  const font = fontkit.create(readFileSync(join(__dirname, file)));
  const table = fontWidths('noto', weight);

  it('has exactly the characters of the embedded file, with its advance widths', () => {
    expect(font.unitsPerEm).toBe(1000);
    expect([...table.keys()].sort((a, b) => a - b)).toEqual([...font.characterSet].sort((a, b) => a - b));
    for (const cp of font.characterSet)
      expect(table.get(cp), cp.toString(16)).toBe(font.glyphForCodePoint(cp).advanceWidth);
  });

  it('covers Latin Extended, Greek and Cyrillic, and leaves out scripts that need shaping', () => {
    for (const text of ['Zażółć gęślą jaźń', 'Şikâyet İade ğ ı', 'Ελληνικά', 'Жалоба клиента', 'Tiếng Việt']) {
      for (const char of text) expect(table.has(char.codePointAt(0)!), char).toBe(true);
    }
    expect(table.has(0x0915)).toBe(false); // Devanagari KA
  });
});

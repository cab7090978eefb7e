import { describe, expect, it } from 'vitest';
import { chunkNamer } from './chunkGroups';

const ROOT = '/app';
const ROOTS = {
  start: 'main.tsx',
  participate: 'phone.ts',
  services: ['services.ts'],
  journey: ['journeyPages.ts'],
  words: ['words.en.ts'],
};

/** A module graph from `{ module: [static imports] | { imports, lazy } }`, ids made absolute. */
function graph(modules: Record<string, string[] | { imports?: string[]; lazy?: string[] }>) {
  const abs = (id: string) => `${ROOT}/${id}`;
  const infos = new Map(
    Object.entries(modules).map(([id, edges]) => {
      const { imports = [], lazy = [] } = Array.isArray(edges) ? { imports: edges } : edges;
      return [abs(id), { importedIds: imports.map(abs), dynamicallyImportedIds: lazy.map(abs) }] as const;
    }),
  );
  const namer = chunkNamer(ROOT, ROOTS);
  const ctx = { getModuleInfo: (id: string) => infos.get(id) ?? null };
  return (id: string) => namer(abs(id), ctx);
}

describe('chunkNamer', () => {
  const name = graph({
    'main.tsx': { imports: ['react.js', 'library.tsx'], lazy: ['services.ts', 'journeyPages.ts', 'insights.tsx'] },
    'phone.ts': { imports: ['react.js', 'yjs.js', 'phonePage.ts', 'links.ts'] },
    'links.ts': [],
    'react.js': [],
    'library.tsx': { imports: ['react.js'], lazy: ['words.en.ts'] },
    'phonePage.ts': [],
    'yjs.js': [],
    'services.ts': ['dexie.js', 'repository.ts', 'links.ts'],
    'dexie.js': [],
    'repository.ts': ['schema.ts'],
    'journeyPages.ts': ['editor.tsx', 'yjs.js', 'schema.ts', 'curve.ts', 'vocabulary.ts'],
    'editor.tsx': ['react.js'],
    'curve.ts': [],
    'vocabulary.ts': [],
    'insights.tsx': ['curve.ts', 'schema.ts'],
    'words.en.ts': ['vocabulary.ts'],
  });

  it("puts what both pages import into base, and each page's own imports into its chunk", () => {
    expect(name('react.js')).toBe('base');
    expect(name('library.tsx')).toBe('start');
    expect(name('phonePage.ts')).toBe('participate');
  });

  it("puts the phones' page's imports that the app also reaches into sync, not into the phones' chunk", () => {
    expect(name('yjs.js')).toBe('sync');
  });

  it("keeps what the services take from the phones' page apart from Yjs, in syncKit", () => {
    expect(name('links.ts')).toBe('syncKit');
  });

  it('refuses to build when a root is not in the module graph (renamed or moved)', () => {
    const namer = chunkNamer(ROOT, ROOTS);
    expect(() => namer('/app/x.ts', { getModuleInfo: () => null })).toThrow('no module main.tsx');
  });

  it('gives the services and the journey page the modules no other page reaches without them', () => {
    expect(name('dexie.js')).toBe('services');
    expect(name('editor.tsx')).toBe('journey');
  });

  it('keeps what another lazy page reaches out of the journey chunk, in shared', () => {
    expect(name('curve.ts')).toBe('shared');
    expect(name('schema.ts')).toBe('shared');
  });

  it("leaves the start page's words, the entries and unrelated modules to the bundler", () => {
    expect(name('vocabulary.ts')).toBeNull();
    expect(name('words.en.ts')).toBeNull();
    expect(name('main.tsx')).toBeNull();
    expect(name('phone.ts')).toBeNull();
    expect(name('insights.tsx')).toBeNull();
  });
});

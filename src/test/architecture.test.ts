// @vitest-environment node
import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The lint messages a new file at `path` with `code` would get, as "rule: message". */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layers of src/ (eslint.config.js)', () => {
  it.each([
    ['src/domain/probe.ts', "import '../store/editorStore';", 'src/domain may not import src/store'],
    ['src/storage/probe.ts', "import '../store/editorStore';", 'src/storage may not import src/store'],
    ['src/store/probe.ts', "import '../ui/theme';", 'src/store may not import src/ui'],
    ['src/export/probe.ts', "import '../canvas/toFlow';", 'src/export may not import src/canvas'],
    ['src/ui/probe.ts', "import '../panels/Legend';", 'src/ui may not import src/panels'],
    ['src/canvas/probe.ts', "import '../editor/EditorPage';", 'src/canvas may not import src/editor'],
    ['src/panels/probe.ts', "import '../canvas/toFlow';", 'src/panels may not import src/canvas'],
    ['src/present/probe.ts', "import '../editor/EditorPage';", 'src/present may not import src/editor'],
    ['src/library/probe.ts', "import '../app/App';", 'src/library may not import src/app'],
  ])('refuses an upward import in %s', async (path, code, expected) => {
    const messages = await lint(path, `${code}\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it('accepts an import of a lower layer', async () => {
    expect(await lint('src/canvas/probe.ts', "import '../domain/layout';\n")).toEqual([]);
  });

  it('keeps the domain and the exporters free of React, Dexie and React Flow', async () => {
    expect((await lint('src/domain/probe.ts', "import 'react';\n")).join()).toContain('stays free of react');
    expect((await lint('src/export/probe.ts', "import '@xyflow/react';\n")).join()).toContain(
      'stays free of @xyflow/react',
    );
    expect((await lint('src/storage/probe.ts', "import 'zustand/vanilla';\n")).join()).toContain(
      'stays free of zustand',
    );
  });

  it('keeps the sync server and its packages out of the app', async () => {
    expect((await lint('src/store/probe.ts', "import '../../server/api.ts';\n")).join()).toContain(
      'the app never imports the sync server',
    );
    expect((await lint('src/ui/probe.ts', "import 'better-sqlite3';\n")).join()).toContain(
      'stays free of better-sqlite3',
    );
  });

  it('gives every source file a layer', async () => {
    expect((await lint('src/stray.ts', 'export const x = 1;\n')).join()).toContain('boundaries/no-unknown-files');
  });
});

describe('stylesheets', () => {
  const root = join(process.cwd(), 'src');
  const files = readdirSync(root, { recursive: true }) as string[];

  it('sit beside the components they style, each imported by a module in its folder', () => {
    const sheets = files.filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(20);
    for (const sheet of sheets) {
      const folder = dirname(sheet);
      const importers = files.filter(
        (f) =>
          dirname(f) === folder &&
          /\.tsx?$/.test(f) &&
          readFileSync(join(root, f), 'utf8').includes(`import './${sheet.slice(folder.length + 1)}'`),
      );
      // The global base sheet is imported by the entry point in src/app.
      const fromApp = sheet === join('ui', 'base.css');
      expect(importers.length > 0 || fromApp, sheet).toBe(true);
    }
  });
});

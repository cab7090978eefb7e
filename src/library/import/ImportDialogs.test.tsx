import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/limits';
import { en } from '../../i18n/en';
import { findCard, renderLibrary, seed } from '../../test/libraryTestKit';
import { chooseFile, fileOf, journeyOutline, onlyStoredJourney, storedState } from '../../test/importTestKit';
import { closeTestServices } from '../../test/testServices';

afterEach(closeTestServices);

const TWO_JOURNEYS = `# Our journeys

\`\`\`mermaid
journey
  title Me uno
  section Me informo
    Veo un anuncio: 3: Yo
\`\`\`

Some prose between them.

\`\`\`mermaid
journey
  title Me quejo
  section Reclamo
    Llamo: 1: Yo, Agente
    Espero: 2: Yo
  section Resolución
    Me devuelven el dinero: 4: Yo
\`\`\`
`;

const PASTED_FLOWCHART = `flowchart LR
  subgraph informo [Me informo]
    A([Veo un anuncio]) --> B{¿Me interesa?}
  end
  subgraph contrato [Contrato]
    C[Firmo<br>online]
    D[Llamo]
  end
  B -->|sí| C
  style A fill:#f9f
  style B fill:#f9f
  B -- tengo dudas --> D -.-> C
`;

const FOREIGN_CSV = `Fase,Paso,Medio,Quién,Sentimiento,Comentario
Me informo,Veo un anuncio,Web,Marketing,4,
,Llamo,Teléfono,Atención al cliente,1,Espera larga
Contrato,Firmo,Tienda,Ventas,5,
`;

const XLSX = readFileSync(join(__dirname, '../../domain/table/fixtures/journey-exceljs.xlsx'));

const dialogNamed = (name: string) => screen.findByRole('dialog', { name });
const field = (dialog: HTMLElement, label: string) => within(dialog).getByRole('combobox', { name: label });
const inspector = en.panels.inspector;

describe('picking one of several Mermaid journeys', () => {
  it('lists each diagram with its title and size, and imports only the one picked', async () => {
    const { user, app } = await renderLibrary();
    await chooseFile(user, fileOf('journeys.md', TWO_JOURNEYS));

    const dialog = await dialogNamed(en.import.pick.title);
    expect(dialog).toHaveTextContent('“journeys.md” holds 2 journey or flowchart diagrams.');
    const options = within(dialog).getAllByRole('button', { name: /line/ });
    expect(options.map((o) => o.textContent)).toEqual([
      'Me unoJourney · 1 stage · 1 touchpoint · line 4A persona with its own emotion curve: Yo.',
      'Me quejoJourney · 2 stages · 3 touchpoints · line 132 personas, each with its own emotion curve: Yo, Agente.',
    ]);
    await user.click(options[1]);

    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('“Me quejo” imported: 2 stages, 3 touchpoints.');
    expect(done).toHaveTextContent('2 personas, each with its own emotion curve: Yo, Agente.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const journey = await onlyStoredJourney(app);
    const agent = journey.personas[1];
    expect(agent.name).toBe('Agente');
    expect(journey.touchpoints.map((t) => t.personaEmotions[agent.id] ?? null).sort()).toEqual([-2, null, null]);
    expect(journeyOutline(journey)).toEqual({
      stages: ['Reclamo', 'Resolución'],
      touchpoints: [
        { stage: 'Reclamo', title: 'Llamo', emotion: -2 },
        { stage: 'Reclamo', title: 'Espero', emotion: -1 },
        { stage: 'Resolución', title: 'Me devuelven el dinero', emotion: 1 },
      ],
    });
  });

  it('offers a flowchart of the same file among the candidates, by its kind', async () => {
    const { user, app } = await renderLibrary();
    const withFlowchart = `${TWO_JOURNEYS}\n\`\`\`mermaid\n---\ntitle: Me voy\n---\nflowchart LR\n  A[Pido la baja] --> B[Me retienen]\n\`\`\`\n`;
    await chooseFile(user, fileOf('journeys.md', withFlowchart));

    const dialog = await dialogNamed(en.import.pick.title);
    expect(dialog).toHaveTextContent('“journeys.md” holds 3 journey or flowchart diagrams.');
    const flowchart = within(dialog).getByRole('button', { name: /^Me voy/ });
    expect(flowchart).toHaveTextContent('Me voyFlowchart · 1 stage · 2 touchpoints · line 26');
    await user.click(flowchart);
    await findCard('Me voy');
    expect((await onlyStoredJourney(app)).connections).toHaveLength(1);
  });

  it('offers the rest of a file when one diagram is too large, saying which was left out and why', async () => {
    const { user } = await renderLibrary();
    const tasks = Array.from({ length: LIMITS.touchpoints + 1 }, (_, i) => `    Tarea ${i}: 3`).join('\n');
    const big = `\`\`\`mermaid\njourney\n  title Todo\n  section Una\n${tasks}\n\`\`\`\n`;
    const pie = '```mermaid\npie\n  "a": 1\n```\n';
    await chooseFile(user, fileOf('journeys.md', `${TWO_JOURNEYS}\n${big}${pie}`));

    const dialog = await dialogNamed(en.import.pick.title);
    expect(within(dialog).getAllByRole('button', { name: /line/ })).toHaveLength(2);
    const skipped = within(dialog).getByTestId('import-skipped');
    expect(skipped).toHaveTextContent('2 other diagrams were left out:');
    const reasons = within(skipped)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(reasons).toEqual([
      'It holds 5,001 touchpoints, and a journey can have at most 5,000: split it into smaller parts and import each one as its own journey. See line 23.',
      'It is a Mermaid “pie” diagram: only journey and flowchart diagrams can be imported. See line 5029.',
    ]);
    await user.click(within(dialog).getByRole('button', { name: /^Me uno/ }));
    expect(await screen.findByTestId('import-done')).toHaveTextContent('2 other diagrams were left out:');
  });

  it('imports nothing when cancelled', async () => {
    const { user, app } = await renderLibrary('/', 'en', (services) => seed(services, 'Existing'));
    await findCard('Existing');
    const before = await storedState(app);
    await chooseFile(user, fileOf('journeys.md', TWO_JOURNEYS));
    await user.click(within(await dialogNamed(en.import.pick.title)).getByRole('button', { name: en.import.cancel }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await storedState(app)).toEqual(before);
  });
});

describe('matching a table’s columns', () => {
  it('guesses the columns, previews the journey, lets the user fix the mapping and imports it', async () => {
    const { user, app } = await renderLibrary();
    await chooseFile(user, fileOf('Hoja de Ana.csv', FOREIGN_CSV, 'text/csv'));

    const dialog = await dialogNamed(en.import.map.title);
    expect(field(dialog, inspector.stage)).toHaveDisplayValue('Fase');
    expect(field(dialog, inspector.title)).toHaveDisplayValue('Paso');
    expect(field(dialog, inspector.channel)).toHaveDisplayValue('Medio');
    expect(field(dialog, inspector.emotion)).toHaveDisplayValue('Sentimiento');
    expect(field(dialog, inspector.function)).toHaveDisplayValue(en.import.map.none);
    expect(within(dialog).getByTestId('column-map-summary')).toHaveTextContent('2 stages · 3 touchpoints');
    expect(within(dialog).getByRole('list', { name: inspector.stage })).toHaveTextContent('Me informoContrato');
    // The preview is rebuilt on each change: read its rows afresh.
    const firstRow = () =>
      within(within(dialog).getByRole('table', { name: en.import.map.firstRows })).getAllByRole('row')[1];
    expect(firstRow()).toHaveTextContent('Me informoVeo un anuncioWeb');
    expect(firstRow()).not.toHaveTextContent('Marketing');
    expect(dialog).toHaveTextContent('Row 3: An empty stage cell took the stage of the row above.');

    await user.selectOptions(field(dialog, inspector.function), 'Quién');
    await user.selectOptions(field(dialog, inspector.notes), 'Comentario');
    expect(firstRow()).toHaveTextContent('Marketing');
    const name = within(dialog).getByRole('textbox', { name: en.import.map.name });
    expect(name).toHaveValue('Hoja de Ana');
    await user.clear(name);
    await user.type(name, 'Me uno, según Ana');
    await user.click(within(dialog).getByRole('button', { name: en.import.map.submit }));

    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('“Me uno, según Ana” imported: 2 stages, 3 touchpoints.');
    expect(done).toHaveTextContent('Row 3: An empty stage cell took the stage of the row above.');
    const journey = await onlyStoredJourney(app);
    expect(journey.name).toBe('Me uno, según Ana');
    expect(journeyOutline(journey).touchpoints).toEqual([
      { stage: 'Me informo', title: 'Veo un anuncio', emotion: 1 },
      { stage: 'Me informo', title: 'Llamo', emotion: -2 },
      { stage: 'Contrato', title: 'Firmo', emotion: 2 },
    ]);
    const llamo = journey.touchpoints.find((t) => t.title === 'Llamo')!;
    expect(llamo).toMatchObject({ functionId: 'customer-care', notes: 'Espera larga' });
  });

  it('refuses to import without a title column, saying why, and changes nothing', async () => {
    const { user, app } = await renderLibrary('/', 'en', (services) => seed(services, 'Existing'));
    await findCard('Existing');
    const before = await storedState(app);
    await chooseFile(user, fileOf('Hoja de Ana.csv', FOREIGN_CSV, 'text/csv'));
    const dialog = await dialogNamed(en.import.map.title);
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.selectOptions(field(dialog, inspector.title), en.import.map.none);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(en.import.refusal['no-title-column']);
    await user.click(within(dialog).getByRole('button', { name: en.import.map.submit }));

    expect(dialog).toBeInTheDocument();
    expect(field(dialog, inspector.title)).toHaveFocus();
    expect(screen.queryByTestId('import-done')).not.toBeInTheDocument();
    expect(await storedState(app)).toEqual(before);
  });

  it('opens a table without a recognisable title column with the reason shown, and cancelling changes nothing', async () => {
    const { user, app } = await renderLibrary('/', 'en', (services) => seed(services, 'Existing'));
    await findCard('Existing');
    const before = await storedState(app);
    await chooseFile(user, fileOf('colours.csv', 'Colour,Size\nred,big\nblue,small\n'));

    const dialog = await dialogNamed(en.import.map.title);
    expect(within(dialog).getByTestId('import-error')).toHaveTextContent(en.import.refusal['no-title-column']);
    expect(screen.getAllByTestId('import-error')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: en.import.cancel }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await storedState(app)).toEqual(before);
  });

  it('lists each text it cuts with its row and column, in the preview and once imported', async () => {
    const { user, app } = await renderLibrary();
    const csv = `Stage,Touchpoint,Channel,Owner,Emotion,Notes\n${'S'.repeat(300)},${'T'.repeat(1_500)},Web,Sales,4,\n`;
    await chooseFile(user, fileOf('longtitle.csv', csv, 'text/csv'));
    const cuts = [
      'Row 2: “Stage” had 300 characters, more than the 200 that fit: only the first 200 were kept.',
      'Row 2: “Title” had 1,500 characters, more than the 1,000 that fit: only the first 1,000 were kept.',
    ];

    const dialog = await dialogNamed(en.import.map.title);
    const listed = (box: HTMLElement) =>
      within(within(box).getByTestId('import-warnings'))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(listed(dialog)).toEqual(cuts);
    await user.click(within(dialog).getByRole('button', { name: en.import.map.submit }));

    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('“longtitle” imported: 1 stage, 1 touchpoint.');
    expect(listed(done)).toEqual(cuts);
    const journey = await onlyStoredJourney(app);
    expect(journey.stages[0].name).toBe('S'.repeat(200));
    expect(journey.touchpoints[0].title).toBe('T'.repeat(1_000));
  });

  it('previews a long table by its first touchpoints and counts the rest, then imports them all', async () => {
    const { user, app } = await renderLibrary();
    const rows = Array.from({ length: 12 }, (_, i) => `${i % 2 ? 'Pay' : 'Join'},Step ${i + 1},Web,4`);
    await chooseFile(user, fileOf('long.csv', ['Fase,Paso,Medio,Sentimiento', ...rows].join('\n'), 'text/csv'));

    const dialog = await dialogNamed(en.import.map.title);
    expect(within(dialog).getByTestId('column-map-summary')).toHaveTextContent('2 stages · 12 touchpoints');
    const table = within(dialog).getByRole('table', { name: en.import.map.firstRows });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([expect.any(String), ...[1, 3, 5, 7, 9].map((n) => `JoinStep ${n}WebsiteI like it`)]);
    expect(dialog).toHaveTextContent('…and 7 more touchpoints.');
    await user.click(within(dialog).getByRole('button', { name: en.import.map.submit }));

    expect(await screen.findByTestId('import-done')).toHaveTextContent('“long” imported: 2 stages, 12 touchpoints.');
    expect((await onlyStoredJourney(app)).touchpoints).toHaveLength(12);
  });

  it('refuses, in the preview and on import, a table of more rows than a journey holds, changing nothing', async () => {
    const { user, app } = await renderLibrary('/', 'en', (services) => seed(services, 'Existing'));
    await findCard('Existing');
    const before = await storedState(app);
    const rows = Array.from({ length: LIMITS.touchpoints + 1 }, (_, i) => `Stage ${i % 9},Step ${i},Web,Sales,4,`);
    const csv = ['Stage,Touchpoint,Channel,Owner,Emotion,Notes', ...rows].join('\n');
    await chooseFile(user, fileOf('export.csv', csv, 'text/csv'));

    const dialog = await dialogNamed(en.import.map.title);
    const reason =
      'It holds 5,001 touchpoints, and a journey can have at most 5,000: split it into smaller parts and import each one as its own journey.';
    expect(within(dialog).getByRole('alert')).toHaveTextContent(reason);
    expect(within(dialog).queryByTestId('column-map-preview')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: en.import.map.submit }));

    expect(dialog).toBeInTheDocument();
    // The press is answered: the focus goes to the reason.
    expect(within(dialog).getByRole('alert')).toHaveTextContent(reason);
    expect(within(dialog).getByRole('alert')).toHaveFocus();
    expect(screen.queryByTestId('import-done')).not.toBeInTheDocument();
    expect(await storedState(app)).toEqual(before);
  });

  it('reads the first sheet of a workbook and lets the user pick another', async () => {
    const { user, app } = await renderLibrary();
    await chooseFile(user, fileOf('journey-exceljs.xlsx', XLSX));

    const dialog = await dialogNamed(en.import.map.title);
    const sheet = field(dialog, en.import.map.sheet);
    expect(sheet).toHaveDisplayValue('Recorrido');
    expect(within(dialog).getByTestId('column-map-summary')).toHaveTextContent('2 stages · 4 touchpoints');

    await user.selectOptions(sheet, 'Otra hoja');
    expect(field(dialog, inspector.title)).toHaveDisplayValue('Touchpoint');
    expect(within(dialog).getByTestId('column-map-summary')).toHaveTextContent('1 stage · 1 touchpoint');
    await user.click(within(dialog).getByRole('button', { name: en.import.map.submit }));

    await screen.findByTestId('import-done');
    expect(journeyOutline(await onlyStoredJourney(app))).toEqual({
      stages: ['Leave'],
      touchpoints: [{ stage: 'Leave', title: 'I cancel', emotion: null }],
    });
  });
});

describe('pasting', () => {
  const openPaste = async (user: Awaited<ReturnType<typeof renderLibrary>>['user']) => {
    await user.click(screen.getByRole('button', { name: en.import.paste.open }));
    const dialog = await dialogNamed(en.import.paste.title);
    const box = within(dialog).getByRole('textbox', { name: en.import.paste.label });
    expect(box).toHaveFocus();
    return { dialog, box };
  };

  it('takes cells copied from a spreadsheet (TSV) through the column mapping', async () => {
    const { user, app } = await renderLibrary();
    const { dialog, box } = await openPaste(user);
    await user.paste('Etapa\tPaso\tCanal\tEmoción\nMe informo\tVeo un anuncio\tWeb\t5\nMe informo\tLlamo\tTeléfono\t1');
    await user.click(within(dialog).getByRole('button', { name: en.import.paste.submit }));
    expect(box).not.toBeInTheDocument();

    const map = await dialogNamed(en.import.map.title);
    expect(field(map, inspector.title)).toHaveDisplayValue('Paso');
    await user.click(within(map).getByRole('button', { name: en.import.map.submit }));

    expect(await screen.findByTestId('import-done')).toHaveTextContent(
      '“Pasted journey” imported: 1 stage, 2 touchpoints.',
    );
    // Focus comes back to the paste button, the paste dialog that opened the mapping being gone.
    expect(screen.getByRole('button', { name: en.import.paste.open })).toHaveFocus();
    expect(journeyOutline(await onlyStoredJourney(app)).touchpoints).toEqual([
      { stage: 'Me informo', title: 'Veo un anuncio', emotion: 2 },
      { stage: 'Me informo', title: 'Llamo', emotion: -2 },
    ]);
  });

  it('says what becomes of a row without a title as the preview shows it, and lists a row of only a stage', async () => {
    const { user, app } = await renderLibrary();
    const { dialog } = await openPaste(user);
    await user.paste(
      'Etapa\tPaso\tCanal\nMe informo\tVeo un anuncio\tWeb\nMe informo\tLlamo\tTeléfono\nContrato\t\tTienda\nBaja',
    );
    await user.click(within(dialog).getByRole('button', { name: en.import.paste.submit }));

    const map = await dialogNamed(en.import.map.title);
    const rows = within(within(map).getByRole('table', { name: en.import.map.firstRows })).getAllByRole('row');
    expect(rows[3]).toHaveTextContent(`Contrato${en.touchpoint.untitled}`);
    const repairs = [
      `Row 4: A row has no touchpoint title: its touchpoint was kept without one, shown as “${en.touchpoint.untitled}”.`,
      'Row 5: The row holds only a stage name, “Baja”: no touchpoint was made from it.',
    ];
    const listed = (box: HTMLElement) =>
      within(within(box).getByTestId('import-warnings'))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(listed(map)).toEqual(repairs);
    await user.click(within(map).getByRole('button', { name: en.import.map.submit }));

    expect(listed(await screen.findByTestId('import-done'))).toEqual(repairs);
    const journey = await onlyStoredJourney(app);
    expect(journeyOutline(journey)).toEqual({
      stages: ['Me informo', 'Contrato', 'Baja'],
      touchpoints: [
        { stage: 'Me informo', title: 'Veo un anuncio', emotion: null },
        { stage: 'Me informo', title: 'Llamo', emotion: null },
        { stage: 'Contrato', title: '', emotion: null },
      ],
    });
  });

  it('turns a pasted flowchart into a journey: subgraphs as stages, nodes as touchpoints, links as connections', async () => {
    const { user, app } = await renderLibrary();
    const { dialog } = await openPaste(user);
    await user.paste(PASTED_FLOWCHART);
    await user.click(within(dialog).getByRole('button', { name: en.import.paste.submit }));

    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('“Pasted journey” imported: 2 stages, 4 touchpoints.');
    expect(
      within(done)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Line 10: 2 “style” lines were skipped, the first here: a journey keeps no styling or clicks.']);
    await findCard('Pasted journey');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const journey = await onlyStoredJourney(app);
    expect(journeyOutline(journey)).toEqual({
      stages: ['Me informo', 'Contrato'],
      touchpoints: [
        { stage: 'Me informo', title: 'Veo un anuncio', emotion: null },
        { stage: 'Me informo', title: '¿Me interesa?', emotion: null },
        { stage: 'Contrato', title: 'Firmo\nonline', emotion: null },
        { stage: 'Contrato', title: 'Llamo', emotion: null },
      ],
    });
    const title = new Map(journey.touchpoints.map((t) => [t.id, t.title]));
    expect(journey.connections.map((c) => [title.get(c.from), title.get(c.to), c.label])).toEqual([
      ['Veo un anuncio', '¿Me interesa?', ''],
      ['¿Me interesa?', 'Firmo\nonline', 'sí'],
      ['¿Me interesa?', 'Llamo', 'tengo dudas'],
      ['Llamo', 'Firmo\nonline', ''],
    ]);
  });

  it('takes pasted Mermaid with two journeys through the pick', async () => {
    const { user, app } = await renderLibrary();
    const { dialog } = await openPaste(user);
    await user.paste(TWO_JOURNEYS);
    await user.click(within(dialog).getByRole('button', { name: en.import.paste.submit }));
    const pick = await dialogNamed(en.import.pick.title);
    await user.click(within(pick).getByRole('button', { name: /^Me uno/ }));
    await findCard('Me uno');
    expect((await onlyStoredJourney(app)).touchpoints).toHaveLength(1);
  });

  it('keeps refused text in the dialog with the reason, changing nothing, until it is fixed', async () => {
    const { user, app } = await renderLibrary('/', 'en', (services) => seed(services, 'Existing'));
    await findCard('Existing');
    const before = await storedState(app);
    const { dialog, box } = await openPaste(user);
    await user.paste('sequenceDiagram\n  A->>B: Hi');
    await user.click(within(dialog).getByRole('button', { name: en.import.paste.submit }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The pasted text was not imported: It is a Mermaid “sequenceDiagram” diagram');
    expect(box).toHaveValue('sequenceDiagram\n  A->>B: Hi');
    expect(await storedState(app)).toEqual(before);

    await user.clear(box);
    await user.paste('journey\n  title Fixed\n  section One\n    Step: 4');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await findCard('Fixed');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toJourneyFile } from '../../domain/format';
import { createEmptyJourney } from '../../domain/factory';
import { MAX_IMPORT_BYTES } from '../../domain/importFile';
import { LIMITS } from '../../domain/limits';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { touchpointsCsv } from '../../export/csv';
import { en } from '../../i18n/en';
import { es } from '../../i18n/es';
import { changeLocale } from '../../i18n/i18n';
import { findCard, renderLibrary, seed } from '../../test/libraryTestKit';
import {
  chooseFile,
  fileOf,
  journeyOutline,
  onlyStoredJourney,
  storedJourneys,
  storedState,
} from '../../test/importTestKit';
import { closeTestServices } from '../../test/testServices';
import { aTouchpoint } from '../../test/touchpoint';

afterEach(closeTestServices);

const ONE_JOURNEY = `journey
  title Me uno
  section Me informo
    Veo un anuncio: 3: Yo
    Comparo tarifas: 7: Yo, Mi pareja
  section Contrato
    Firmo: 5
`;

const XLSX = readFileSync(join(__dirname, '../../domain/table/fixtures/journey-exceljs.xlsx'));
const OLE = new Uint8Array(512);
OLE.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** A journey of one more touchpoint than a journey holds. */
function overTheLimit() {
  const journey = createEmptyJourney('Big', ['One']);
  const stageId = journey.stages[0].id;
  journey.touchpoints = Array.from({ length: LIMITS.touchpoints + 1 }, (_, i) =>
    aTouchpoint({ id: `t${i}`, stageId, position: { x: 0, y: i * 200 } }),
  );
  return journey;
}

const MERMAID_OVER_THE_LIMIT = `journey\n  section One\n${'    Step: 3\n'.repeat(LIMITS.touchpoints + 1)}`;

function oversized(): File {
  const file = fileOf('huge.csv', 'Etapa;Punto de contacto\n');
  Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
  return file;
}

describe('importing a file from the library', () => {
  it('imports a Mermaid file straight away and lists what it repaired, with the line', async () => {
    const { user, app } = await renderLibrary();
    await chooseFile(user, fileOf('me-uno.mmd', ONE_JOURNEY));

    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('“Me uno” imported: 2 stages, 3 touchpoints.');
    expect(within(done).getByRole('listitem')).toHaveTextContent(
      'Line 5: The score 7 is outside 1–5; moved to the nearest end.',
    );
    await findCard('Me uno');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const journey = await onlyStoredJourney(app);
    expect(journeyOutline(journey)).toEqual({
      stages: ['Me informo', 'Contrato'],
      touchpoints: [
        { stage: 'Me informo', title: 'Veo un anuncio', emotion: 0 },
        { stage: 'Me informo', title: 'Comparo tarifas', emotion: 2 },
        { stage: 'Contrato', title: 'Firmo', emotion: 2 },
      ],
    });
    // Actors go to the notes, labelled in the UI language.
    expect(journey.touchpoints.map((t) => t.notes).sort()).toEqual(['', 'Actors: Yo', 'Actors: Yo, Mi pareja']);
    expect(journey.connections).toHaveLength(2);
  });

  it('imports a Mermaid flowchart file in Spanish: subgraphs as stages, the loose nodes in the untitled stage', async () => {
    const { user, app } = await renderLibrary('/', 'es');
    const flowchart = 'graph TD\n  subgraph a [Me informo]\n    A[Veo un anuncio]\n  end\n  A --> B[Llamo]\n';
    await user.upload(screen.getByLabelText(es.import.button), fileOf('Me uno.mmd', flowchart));

    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('Se importó «Me uno»');
    expect(done).toHaveTextContent(
      'Línea 5: Los nodos que no están en ningún subgrafo pasaron a una etapa propia, «Etapa 1».',
    );
    const journey = await onlyStoredJourney(app);
    expect(journeyOutline(journey).stages).toEqual(['Me informo', 'Etapa 1']);
    expect(journey.connections).toHaveLength(1);
  });

  it('reads Mermaid by its content when the name does not say (.txt), and names it after the file without a title', async () => {
    const { user, app } = await renderLibrary();
    await chooseFile(user, fileOf('Onboarding.txt', ONE_JOURNEY.replace('  title Me uno\n', '')));
    await findCard('Onboarding');
    expect((await onlyStoredJourney(app)).touchpoints).toHaveLength(3);
  });

  it('imports the app’s own CSV export directly, with its stages, touchpoints, channels and emotions', async () => {
    const { user, app } = await renderLibrary();
    const original = instantiateTemplate(meUno, 'es');
    await chooseFile(user, fileOf('Me uno.csv', touchpointsCsv(original, 'es'), 'text/csv'));

    expect(await screen.findByTestId('import-done')).toHaveTextContent('“Me uno” imported');
    expect(screen.queryByTestId('column-map')).not.toBeInTheDocument();
    const journey = await onlyStoredJourney(app);
    expect(journeyOutline(journey)).toEqual(journeyOutline(original));
    const channels = (j: typeof journey) => j.touchpoints.map((t) => [t.title, t.channelId, t.functionId]).sort();
    expect(channels(journey)).toEqual(channels(original));
  });

  it('still imports a journey file (.json) through restore', async () => {
    const { user, app } = await renderLibrary();
    const original = instantiateTemplate(meUno, 'en');
    await chooseFile(user, fileOf('I join.recorrido.json', JSON.stringify(toJourneyFile(original))));
    expect(await screen.findByTestId('import-done')).toHaveTextContent('“I join” imported.');
    expect(await onlyStoredJourney(app)).toEqual(original);
  });

  it('names a journey file without a name after the file, and lists the repair', async () => {
    const { user, app } = await renderLibrary();
    const nameless = { ...instantiateTemplate(meUno, 'en'), name: '' };
    await chooseFile(user, fileOf('Alta de clientes.json', JSON.stringify(toJourneyFile(nameless))));
    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('“Alta de clientes” imported; one problem in the file was repaired.');
    expect(done).toHaveTextContent('it had no name; it was named after the file.');
    expect((await onlyStoredJourney(app)).name).toBe('Alta de clientes');
  });

  it('says when a journey file was already here, so its import came in beside it as a copy', async () => {
    const { user, app } = await renderLibrary();
    const text = JSON.stringify(toJourneyFile(instantiateTemplate(meUno, 'en')));
    const file = () => fileOf('I join.recorrido.json', text);
    await chooseFile(user, file());
    await screen.findByTestId('import-done');
    expect(screen.queryByTestId('import-copy')).not.toBeInTheDocument();
    await chooseFile(user, file());
    expect(await screen.findByTestId('import-copy')).toHaveTextContent(
      'This journey was already in your library: it was added beside it as a copy, and nothing was replaced.',
    );
    const stored = await storedJourneys(app);
    // Named apart, so the library tells the copy from the journey it copies.
    expect(stored.map((journey) => journey.name).sort()).toEqual(['I join', 'I join (copy)']);
    expect(screen.getByTestId('import-done')).toHaveTextContent('“I join (copy)” imported');
  });

  it.each([
    ['an empty file', () => fileOf('empty.csv', ''), en.import.refusal.empty],
    ['a file over 20 MB', oversized, 'It is larger than 20 MB'],
    ['a binary file renamed .csv', () => fileOf('photo.csv', PNG), en.import.refusal.binary],
    [
      'a Mermaid file of another diagram type',
      () => fileOf('sequence.mmd', 'sequenceDiagram\n  Alice->>Bob: Hi\n'),
      'Mermaid “sequenceDiagram” diagram: only journey and flowchart diagrams can be imported.',
    ],
    ['a flowchart with no node', () => fileOf('flow.mmd', 'flowchart LR\n'), en.import.refusal['empty-flowchart']],
    [
      'Markdown without a journey',
      () => fileOf('notes.md', '# Notes\n\nNothing to see.\n'),
      en.import.refusal['not-journey'],
    ],
    ['a text file named .xlsx', () => fileOf('book.xlsx', 'Etapa,Punto de contacto'), en.import.refusal['not-xlsx']],
    ['a truncated workbook', () => fileOf('cut.xlsx', XLSX.subarray(0, 300)), en.import.refusal['not-xlsx']],
    ['a legacy .xls', () => fileOf('old.xls', OLE), en.import.refusal['unsupported-excel']],
    ['a broken journey file', () => fileOf('cut.json', '{"format":"recorrido.journey","vers'), 'not valid JSON'],
    [
      'a journey file of more touchpoints than a journey holds',
      () => fileOf('big.json', JSON.stringify(toJourneyFile(overTheLimit()))),
      'The journey has 5,001 touchpoints, and a journey can have at most 5,000: split it into smaller journeys',
    ],
    [
      'the app’s own CSV of more rows than a journey holds',
      () => fileOf('big.csv', touchpointsCsv(overTheLimit(), 'en')),
      'It holds 5,001 touchpoints, and a journey can have at most 5,000: split it into smaller parts',
    ],
    [
      'a Mermaid diagram of more tasks than a journey holds',
      () => fileOf('big.mmd', MERMAID_OVER_THE_LIMIT),
      'It holds 5,001 touchpoints, and a journey can have at most 5,000: split it into smaller parts and import each one as its own journey. See line 1.',
    ],
  ])('refuses %s, saying why, and changes nothing', async (_name, file, reason) => {
    const { user, app } = await renderLibrary('/', 'en', (services) => seed(services, 'Existing'));
    await findCard('Existing');
    const before = await storedState(app);
    const chosen = file();

    await chooseFile(user, chosen);
    const error = await screen.findByTestId('import-error');
    expect(error).toHaveRole('alert');
    expect(error).toHaveTextContent(`“${chosen.name}” was not imported:`);
    expect(error).toHaveTextContent(reason);
    expect(error).toHaveTextContent('Nothing was changed.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByTestId('import-done')).not.toBeInTheDocument();
    expect(await storedState(app)).toEqual(before);
  });

  it('says why in Spanish too, and in English once the language is switched', async () => {
    const { user } = await renderLibrary('/', 'es');
    await user.upload(screen.getByLabelText(es.import.button), fileOf('flujo.mmd', 'sequenceDiagram\n  A->>B: hola\n'));
    const error = await screen.findByTestId('import-error');
    expect(error).toHaveTextContent(
      'No se importó «flujo.mmd»: Es un diagrama «sequenceDiagram» de Mermaid: solo se pueden importar diagramas de recorrido (journey) y de flujo (flowchart).',
    );
    // The message follows the language when the user switches it.
    await act(() => changeLocale('en'));
    expect(error).toHaveTextContent(
      '“flujo.mmd” was not imported: It is a Mermaid “sequenceDiagram” diagram: only journey and flowchart diagrams can be imported.',
    );
  });

  it('clears a refused file’s message when the next file imports', async () => {
    const { user, app } = await renderLibrary();
    await chooseFile(user, fileOf('empty.csv', ''));
    await screen.findByTestId('import-error');
    await chooseFile(user, fileOf('me-uno.mmd', ONE_JOURNEY));
    await screen.findByTestId('import-done');
    expect(screen.queryByTestId('import-error')).not.toBeInTheDocument();
    await waitFor(async () => expect(await storedJourneys(app)).toHaveLength(1));
  });
});

describe('importing a journey file that needed repairs', () => {
  /** "Me uno" with a title over its limit, a stage name over its limit and a field no version knows. */
  function repairedFile() {
    const journey = instantiateTemplate(meUno, 'es');
    const file = toJourneyFile(journey) as unknown as { journey: Record<string, unknown> };
    const touchpoints = file.journey.touchpoints as Record<string, unknown>[];
    touchpoints[1] = { ...touchpoints[1], title: 'x'.repeat(LIMITS.touchpointTitle + 500), mood: 'odd' };
    const stages = file.journey.stages as Record<string, unknown>[];
    stages[0] = { ...stages[0], name: 's'.repeat(LIMITS.stageName + 100) };
    return fileOf('reparado.json', JSON.stringify(file));
  }

  it('lists each repair with its place, in English', async () => {
    const { user } = await renderLibrary();
    await chooseFile(user, repairedFile());
    const done = await screen.findByTestId('import-done');
    const items = within(done)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        'Stage 1, its name: the text was longer than 200 characters; only the first 200 were kept.',
        'Touchpoint 2, “Title”: the text was longer than 1,000 characters; only the first 1,000 were kept.',
        'Touchpoint 2: the field “mood”, which this version of Recorrido does not know, was left out.',
      ]),
    );
  });

  it('lists them in Spanish too', async () => {
    const { user } = await renderLibrary('/', 'es');
    await user.upload(screen.getByTestId('import-journey-input'), repairedFile());
    const done = await screen.findByTestId('import-done');
    expect(
      within(done)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain(
      'Punto de contacto 2, «Título»: el texto tenía más de 1000 caracteres; solo se conservaron los primeros 1000.',
    );
  });
});

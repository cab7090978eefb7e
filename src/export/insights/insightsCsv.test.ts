import { describe, expect, it } from 'vitest';
import { blankJourney, blankTouchpoint } from '../../domain/blank';
import { computeInsights, NO_FILTER } from '../../domain/insights';
import { insightsCsv } from './insightsCsv';

const journey = blankJourney({
  id: 'j1',
  name: 'Me quejo',
  stages: [{ id: 's1', name: 'Reclamo', width: 320 }],
  touchpoints: [
    blankTouchpoint({
      id: 'a',
      title: 'Llamo',
      stageId: 's1',
      channelId: 'call-centre',
      functionId: 'customer-care',
      emotion: -2,
      painPoint: true,
      painNote: 'Espero; mucho',
    }),
    blankTouchpoint({
      id: 'b',
      title: 'Me pasan',
      stageId: 's1',
      channelId: 'call-centre',
      functionId: 'back-office',
      emotion: -1,
      position: { x: 0, y: 100 },
    }),
  ],
  connections: [{ id: 'c', from: 'a', to: 'b', label: '' }],
});

describe('insightsCsv', () => {
  it('writes each section under its title, in Spanish with ";" and decimal commas', () => {
    const insights = computeInsights([journey], NO_FILTER, 'es', 'Sin asignar');
    const lines = insightsCsv(insights, 'es', 'Filtros: ninguno')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'Hallazgos entre recorridos',
      'Filtros: ninguno',
      '',
      'Canales × funciones responsables',
      'Canal;Función responsable;Puntos de contacto;Puntos de dolor;Momentos de la verdad;Emoción media;CSAT (%);FCR (%);CES (1-7);NPS (media);Contactos al mes',
      'Centro de llamadas;Atención al cliente;1;1;0;-2;;;;;',
    ]);
    expect(lines).toContain('Atención al cliente;Back-office;1;1;-1');
    // A field holding the delimiter is quoted.
    expect(lines).toContain('Me quejo;As-is;Reclamo;Llamo;Centro de llamadas;Atención al cliente;-2;"Espero; mucho"');
  });

  it('writes English with "," and the decimal point', () => {
    const insights = computeInsights([journey], NO_FILTER, 'en', 'None');
    const csv = insightsCsv(insights, 'en', 'Filters: none');
    expect(csv.startsWith('\uFEFFInsights across journeys\r\n')).toBe(true);
    expect(csv).toContain('\r\nCall centre,Customer care,1,1,0,-2,,,,,\r\n');
  });

  it('writes the measures as numbers a spreadsheet can add up, without their "%" or "*"', () => {
    const measured = {
      ...journey,
      touchpoints: journey.touchpoints.map((t) => ({ ...t, kpiCsat: 80.5, kpiVolume: 10 })),
    };
    const csv = insightsCsv(computeInsights([measured], NO_FILTER, 'es', 'Sin asignar'), 'es', 'Filtros: ninguno');
    expect(csv).toContain('\r\nCentro de llamadas;Atención al cliente;1;1;0;-2;80,5;;;;10\r\n');
  });
});

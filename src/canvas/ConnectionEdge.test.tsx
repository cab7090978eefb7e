import { act, render } from '@testing-library/react';
import { Position } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { updateTouchpoints } from '../domain/commands/touchpointCommands';
import { createEmptyJourney } from '../domain/factory';
import type { Locale } from '../domain/locale';
import { channelsOf, functionsOf } from '../domain/vocabulary';
import { fixedT } from '../i18n/fixedT';
import { initI18n } from '../i18n/i18n';
import { ServicesContext } from '../store/services';
import { closeTestServices, createTestServices } from '../test/testServices';
import { aTouchpoint } from '../test/touchpoint';
import { CardContext, useCardWords } from './cardContext';
import { ConnectionEdge } from './ConnectionEdge';
import { connectionLabeller, connectionLabelId } from './connectionLabel';
import type { TouchpointWords } from './touchpointLabel';

afterEach(closeTestServices);

const journey = createEmptyJourney('Me uno', ['Me informo']);

function words(locale: Locale): TouchpointWords {
  return {
    t: fixedT(locale) as unknown as TFunction,
    locale,
    channels: channelsOf(journey, locale),
    functions: functionsOf(journey, locale),
    persona: null,
  };
}

const web = { title: 'Visita la web', functionId: 'marketing' };
const form = { title: 'Rellena el formulario', functionId: 'marketing' };
const call = { title: 'Llama a ventas', functionId: 'sales' };

describe('connectionLabeller', () => {
  it('names both touchpoints by title, in either language', () => {
    expect(connectionLabeller(words('es'))(web, form)).toBe('Conexión de «Visita la web» a «Rellena el formulario»');
    expect(connectionLabeller(words('en'))(web, form)).toBe(
      'Connection from “Visita la web” to “Rellena el formulario”',
    );
  });

  it('names the owning functions of a hand-off', () => {
    expect(connectionLabeller(words('es'))(form, call)).toBe(
      'Conexión de «Rellena el formulario» a «Llama a ventas», un traspaso de Marketing a Ventas',
    );
    expect(connectionLabeller(words('en'))(form, call)).toBe(
      'Connection from “Rellena el formulario” to “Llama a ventas”, a hand-off from Marketing to Sales',
    );
  });

  it('reads a blank title, or an end that is gone, as its card does; line breaks never print', () => {
    const en = connectionLabeller(words('en'));
    expect(en({ title: '', functionId: null }, undefined)).toBe(
      'Connection from “Untitled touchpoint” to “Untitled touchpoint”',
    );
    expect(en({ title: 'Visit\nthe web', functionId: 'sales' }, { title: 'Call', functionId: null })).toBe(
      'Connection from “Visit the web” to “Call”',
    );
  });
});

describe('ConnectionEdge', () => {
  /** A journey of two touchpoints of different functions, open in an editor, and their connection drawn alone. */
  async function renderEdge(locale: Locale) {
    await initI18n(locale);
    const services = createTestServices('connection-edge-test');
    const opened = createEmptyJourney('Me uno', ['Me informo']);
    const stageId = opened.stages[0].id;
    opened.touchpoints = [aTouchpoint({ id: 'web', stageId, ...web }), aTouchpoint({ id: 'call', stageId, ...call })];
    opened.connections = [{ id: 'web-call', from: 'web', to: 'call', label: '' }];
    await services.library.getState().add(opened);
    await services.editor.getState().open(opened.id);
    function Edge() {
      const cardWords = useCardWords();
      return (
        <CardContext value={{ ...cardWords, detail: 'full' }}>
          <svg>
            <ConnectionEdge
              {...{ id: 'web-call', source: 'web', target: 'call', type: 'connection' }}
              {...{ sourceX: 0, sourceY: 0, targetX: 300, targetY: 0 }}
              sourcePosition={Position.Right}
              targetPosition={Position.Left}
              data={{ handoff: true }}
            />
          </svg>
        </CardContext>
      );
    }
    const view = render(
      <ServicesContext.Provider value={services}>
        <Edge />
      </ServicesContext.Provider>,
    );
    const label = () => view.container.querySelector(`#${connectionLabelId('web-call')}`)?.textContent;
    return { services, label };
  }

  it('says what it connects in the UI language, and follows a title edit', async () => {
    const { services, label } = await renderEdge('es');
    expect(label()).toBe('Conexión de «Visita la web» a «Llama a ventas», un traspaso de Marketing a Ventas');
    act(() => services.editor.getState().run(updateTouchpoints, { ids: ['call'], fields: { title: 'Me llaman' } }));
    expect(label()).toBe('Conexión de «Visita la web» a «Me llaman», un traspaso de Marketing a Ventas');
  });

  it('speaks English when the UI does', async () => {
    const { services, label } = await renderEdge('en');
    act(() => services.editor.getState().run(updateTouchpoints, { ids: ['web'], fields: { functionId: 'sales' } }));
    expect(label()).toBe('Connection from “Visita la web” to “Llama a ventas”');
  });
});

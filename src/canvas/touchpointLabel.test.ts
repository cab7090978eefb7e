import i18next from 'i18next';
import type { Touchpoint } from '../domain/journey';
import type { Locale } from '../domain/locale';
import { channelsOf, functionsOf } from '../domain/vocabulary';
import { initI18n } from '../i18n/i18n';
import { aTouchpoint } from '../test/touchpoint';
import { toTouchpointNodes, touchpointLabelId } from './toFlow';
import { touchpointLabeller } from './touchpointLabel';

const NO_CUSTOM = { customChannels: [], customFunctions: [] };

function touchpoint(fields: Partial<Touchpoint> = {}): Touchpoint {
  return aTouchpoint({
    id: 'tp1',
    stageId: 's1',
    title: 'I call the shop',
    channelId: 'call-centre',
    functionId: 'sales',
    emotion: -1,
    painPoint: true,
    ...fields,
  });
}

async function labellerIn(locale: Locale) {
  await initI18n(locale);
  await i18next.changeLanguage(locale);
  return touchpointLabeller({
    t: i18next.getFixedT(locale),
    locale,
    channels: channelsOf(NO_CUSTOM, locale),
    functions: functionsOf(NO_CUSTOM, locale),
    persona: null,
  });
}

describe('touchpoint titles on the canvas', () => {
  it('follow the exports: a line break is a space, control characters never show', async () => {
    expect((await labellerIn('en'))(touchpoint({ title: 'Llamo\r\nal centro\u0007' }))).toMatch(/^Llamo al centro\. /);
  });
});

describe('touchpoint labels for screen readers', () => {
  it('name the title, channel, owning function, emotion and markers, in the UI language', async () => {
    expect((await labellerIn('en'))(touchpoint())).toBe(
      "I call the shop. Channel: Call centre. Owner: Sales. Emotion: I don't like it. Pain point.",
    );
    expect((await labellerIn('es'))(touchpoint())).toBe(
      'I call the shop. Canal: Centro de llamadas. Responsable: Ventas. Emoción: No me gusta. Punto de dolor.',
    );
  });

  it('put no full stop after words that end their own sentence', async () => {
    expect((await labellerIn('es'))(touchpoint({ title: '¿Me llaman?', emotion: 2, painPoint: false }))).toBe(
      '¿Me llaman? Canal: Centro de llamadas. Responsable: Ventas. Emoción: ¡Wow!',
    );
  });

  it('say what is missing rather than leave gaps', async () => {
    const label = await labellerIn('en');
    expect(label(touchpoint({ title: '', channelId: null, functionId: null, emotion: null, painPoint: false }))).toBe(
      'Untitled touchpoint. Channel: No channel. Owner: No owning function. Emotion: No emotion yet.',
    );
  });

  it('label the node through its card, so new words leave the node as it is', () => {
    const journey = { touchpoints: [touchpoint()] };
    const [node] = toTouchpointNodes(journey);
    expect(node.domAttributes?.['aria-labelledby']).toBe(touchpointLabelId('tp1'));
    expect(node.ariaLabel).toBeUndefined();
  });
});

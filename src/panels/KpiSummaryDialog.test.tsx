import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KpiSummaryDialog } from './KpiSummaryDialog';
import { closePanels, renderPanel, seedJourney } from '../test/panelTestKit';

afterEach(closePanels);

describe('KpiSummaryDialog', () => {
  it('shows KPIs by stage and by function, weighted where volumes are known, and the experience gaps', async () => {
    const journey = seedJourney();
    const [ad, web, call] = journey.touchpoints;
    journey.touchpoints = [
      { ...ad, kpiCsat: 80, kpiVolume: 1000, kpiNps: 20, emotion: -2, delivered: 1 },
      { ...web, kpiCsat: 40, kpiVolume: 3000, kpiNps: -40 },
      { ...call, title: 'Llama', kpiCsat: 90, kpiCost: 4, kpiVolume: 500 },
    ];
    await renderPanel(<KpiSummaryDialog onClose={() => {}} />, { journey });

    const byStage = screen.getByRole('table', { name: 'By stage' });
    const firstStage = within(byStage).getByRole('row', { name: /Me informo/ });
    // (80×1000 + 40×3000) / 4000 = 50, weighted; NPS (20 − 40) / 2 = −10 from −40 to 20.
    expect(firstStage).toHaveTextContent('Me informo24,000-10 (-40 … 20)50 %*');
    expect(within(byStage).getByRole('row', { name: /Whole journey/ })).toHaveTextContent('4,500');
    const byFunction = screen.getByRole('table', { name: 'By owning function' });
    expect(within(byFunction).getByRole('row', { name: /Sales/ })).toHaveTextContent('40 %*');
    // Each table scrolls on its own in a narrow window: a named region the keyboard can reach and scroll.
    const scroller = screen.getByRole('region', { name: 'By owning function' });
    expect(scroller).toContainElement(byFunction);
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(within(byFunction).getByRole('row', { name: /No owning function/ })).toHaveTextContent('€2,000.00');
    expect(screen.getByTestId('experience-gaps')).toHaveTextContent(
      'Ve un anuncio: delivered +1, perceived -2: delivered well, perceived badly',
    );
  });

  it('lists the gaps of the persona chosen in the toolbar, and says whose they are', async () => {
    const journey = seedJourney();
    const [ad, web] = journey.touchpoints;
    const ana = { id: 'ana', name: 'Ana', description: '' };
    journey.personas = [...journey.personas, ana];
    journey.touchpoints = [
      { ...ad, emotion: -2, delivered: 1, personaEmotions: { ana: 1 } },
      { ...web, title: 'Entra en la web', emotion: 0, delivered: -1, personaEmotions: { ana: 2 } },
      ...journey.touchpoints.slice(2),
    ];
    const { services } = await renderPanel(<KpiSummaryDialog onClose={() => {}} />, { journey });
    expect(screen.getByTestId('experience-gaps')).toHaveTextContent('Ve un anuncio: delivered +1, perceived -2');
    expect(screen.queryByTestId('experience-gaps-persona')).toBeNull();

    act(() => services.editor.getState().choosePersona('ana'));
    const gaps = screen.getByTestId('experience-gaps');
    expect(gaps).toHaveTextContent('Entra en la web: delivered -1, perceived +2: perceived better than delivered');
    expect(gaps).not.toHaveTextContent('Ve un anuncio');
    expect(screen.getByTestId('experience-gaps-persona')).toHaveTextContent('Perceived is the emotion of Ana');
  });

  it('explains a plain mean by volumes all 0, not by a volume unknown, when none is unknown', async () => {
    // The CSV Stage,Touchpoint,CSAT,Contacts a month / Z,z1,80,0 / Z,z2,40,0.
    const journey = seedJourney();
    const [first, second] = journey.touchpoints;
    journey.touchpoints = [
      { ...first, kpiCsat: 80, kpiVolume: 0 },
      { ...second, kpiCsat: 40, kpiVolume: 0 },
    ];
    await renderPanel(<KpiSummaryDialog onClose={() => {}} />, { journey });
    const whole = within(screen.getByRole('table', { name: 'By stage' })).getByRole('row', { name: /Whole journey/ });
    // (80 + 40) / 2 = 60, without "*".
    expect(whole).toHaveTextContent(/60 %$/);
    const dialog = screen.getByTestId('kpi-summary');
    expect(dialog).toHaveTextContent('Without an asterisk, a plain mean because the contacts a month are all 0.');
    expect(dialog).not.toHaveTextContent('unknown');
    expect(dialog).not.toHaveTextContent('* weighted');
  });

  it('names both reasons, and the asterisk, when the rows need them', async () => {
    const journey = seedJourney();
    const [ad, web, call] = journey.touchpoints;
    journey.touchpoints = [
      { ...ad, kpiCsat: 80 },
      { ...web, kpiCsat: 40, kpiVolume: 0 },
      { ...call, kpiCsat: 90, kpiVolume: 500 },
    ];
    // Stage 2 is weighted; stage 1 has an unknown volume; Sales (web alone) has only 0 contacts a month.
    await renderPanel(<KpiSummaryDialog onClose={() => {}} />, { journey });
    expect(screen.getByTestId('kpi-summary')).toHaveTextContent(
      '* weighted by contacts a month. Without an asterisk, a plain mean because some contacts a month are unknown or all are 0.',
    );
  });

  it('says when nothing is measured yet', async () => {
    await renderPanel(<KpiSummaryDialog onClose={() => {}} />);
    expect(screen.getByTestId('kpi-summary')).toHaveTextContent('No touchpoint has a measure yet.');
    expect(screen.getByTestId('kpi-summary')).toHaveTextContent('No gap of two points or more.');
  });
});

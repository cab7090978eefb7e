import { screen } from '@testing-library/react';
import { Inspector } from './Inspector';
import { closePanels, renderPanel, seedJourney } from '../test/panelTestKit';

afterEach(closePanels);

describe('connecting from the inspector, without a mouse', () => {
  it('connects the selected touchpoint to another one and removes the connection again', async () => {
    const journey = seedJourney();
    const [first, , third] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });

    await user.selectOptions(screen.getByTestId('field-connect-to'), third.id);
    expect(current().connections).toEqual([expect.objectContaining({ from: first.id, to: third.id })]);
    expect(screen.getByTestId('touchpoint-connections')).toHaveTextContent('→ Llama');
    // A touchpoint already linked is no longer offered.
    expect(screen.queryByRole('option', { name: 'Llama' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove the connection to Llama' }));
    expect(current().connections).toEqual([]);
  });
});

import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';

/**
 * A button before the map, shown only while it has keyboard focus, that takes focus past the connections to
 * the first card drawn: React Flow puts every connection before the cards in the page, so Tab otherwise
 * crosses each of them first (33 presses on "Me uno"). The skip link of WCAG 2.4.1 (Bypass Blocks).
 * `pane`: the canvas's element, holding React Flow's cards. Nothing is shown for a journey without cards.
 */
export function SkipToCards({ pane }: { pane: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const hasCards = useEditor((s) => (s.journey?.touchpoints.length ?? 0) > 0);
  if (!hasCards) return null;
  return (
    <button
      type="button"
      className="canvas__skip"
      data-testid="skip-to-cards"
      onClick={() => pane.current?.querySelector<HTMLElement>('.react-flow__node-touchpoint')?.focus()}
    >
      {t('editor.skipToCards')}
    </button>
  );
}

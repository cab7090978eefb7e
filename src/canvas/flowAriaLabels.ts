import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';

type Direction = 'up' | 'down' | 'left' | 'right';

/** React Flow's built-in screen-reader texts (node and edge help, controls, minimap), in the UI language. */
export function flowAriaLabels(t: TFunction): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('flow.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('flow.nodeHelpKeyboard'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('flow.nodeMoved', { direction: t(`flow.${direction as Direction}`), x, y }),
    'edge.a11yDescription.default': t('flow.edgeHelp'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('editor.minimap'),
    'handle.ariaLabel': t('flow.handle'),
  };
}

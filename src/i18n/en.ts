import { actionsEn } from './actions.en';
import { shareEn } from './share.en';
import { curveEn } from './curve.en';
import { exportEn } from './export.en';
import { historyEn } from './history.en';
import { panelsEn } from './panels.en';
import { insightsEn } from './insights.en';
import { presentEn } from './present.en';
import { versionsEn } from './versions.en';
import { startEn } from './start.en';

/** English UI copy: the start page's words (start.en.ts) and every other screen's. Every key here must exist in es.ts too (a test checks). */
export const en = {
  ...startEn,
  save: {
    exportNow: 'Export now',
    upgrade:
      'Recorrido was updated in another tab. This tab stopped saving; reload to continue — your changes here are kept and come back after the reload.',
    saving: 'Saving…',
    saved: 'Saved',
    error: 'Not saved',
    quota:
      'This browser is out of storage space. Your changes are kept in this tab; free up space or export the journey.',
    missing: 'This journey is no longer stored in this browser.',
    unknown: 'Your changes could not be saved. Retrying…',
    reload: 'Reload',
  },
  touchpoint: {
    untitled: 'Untitled touchpoint',
    lostEdits_one: 'Someone else deleted {{titles}}, which you had changed here: your changes went with it.',
    lostEdits_other:
      'Someone else deleted {{count}} touchpoints you had changed here ({{titles}}): your changes went with them.',
    bringBack_one: 'Bring it back as you left it',
    bringBack_other: 'Bring them back as you left them',
    momentOfTruth: 'Moment of truth',
    painPoint: 'Pain point',
    noChannel: 'No channel',
    noFunction: 'No owning function',
    noEmotion: 'No emotion yet',
    summary: '{{title}}. Channel: {{channel}}. Owner: {{owner}}. Emotion: {{emotion}}.',
    full_one:
      'Nothing was added: a journey holds at most {{limit, number}} touchpoints and this one has {{have, number}}, so one more does not fit.',
    full_other:
      'Nothing was added: a journey holds at most {{limit, number}} touchpoints and this one has {{have, number}}, so {{count, number}} more do not fit. Split the journey, or delete some touchpoints first.',
  },
  toolbar: {
    label: 'Editing tools',
    addTouchpoint: 'Touchpoint',
    addStage: 'Stage',
    stageName: 'Stage {{n}}',
    tidyUp: 'Tidy up',
    view: 'View',
    viewCanvas: 'Canvas',
    viewBlueprint: 'Blueprint',
    settings: 'Journey settings',
  },
  blueprint: {
    layout: 'Blueprint rows',
    functions: 'By owning function',
    layers: 'Layers',
    customer: 'Customer actions',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Support processes',
    visibility: 'Line of visibility',
    noteOf: '{{layer}} of “{{title}}”',
  },
  stage: {
    name: 'Stage name',
    unnamed: 'Unnamed stage',
    rename: 'Double-click to rename',
    drag: 'Drag to reorder (or, on its name, Ctrl/⌘+Shift+← →)',
    delete: 'Delete stage {{name}}',
    deleteTitle: 'Delete the stage “{{name}}”?',
    deleteEmpty: 'The stage has no touchpoints.',
    deleteBody_one: 'It holds {{count}} touchpoint. Move it to “{{neighbour}}”, or delete it too?',
    deleteBody_other: 'It holds {{count}} touchpoints. Move them to “{{neighbour}}”, or delete them too?',
    deleteOnly_one:
      'It is the only stage and holds {{count}} touchpoint. Every touchpoint needs a stage: add another one first to move it to.',
    deleteOnly_other:
      'It is the only stage and holds {{count}} touchpoints. Every touchpoint needs a stage: add another one first to move them to.',
    moveTo: 'Move to “{{name}}”',
    deleteConfirm: 'Delete stage',
    deleteWithTouchpoints_one: 'Delete with its touchpoint',
    deleteWithTouchpoints_other: 'Delete with its touchpoints',
  },
  palette: {
    label: 'Channels',
    title: 'Drag a channel onto the map',
    hint: 'Drag onto the map, or click, to add a touchpoint on {{channel}}',
  },
  export: {
    menu: 'Export',
    working: 'Exporting…',
    pdf: 'PDF blueprint…',
    png: 'Image (PNG)',
    json: 'Journey file (JSON)',
    csv: 'Touchpoints (CSV)',
    mermaid: 'Mermaid journey (.mmd)',
    mermaidCopy: 'Copy as Mermaid',
    mermaidCopied: 'The journey is on the clipboard as Mermaid text.',
    copyFailed: 'The browser did not let the text be copied: {{reason}}',
    failed: 'The export failed: {{reason}}',
    pdfTitle: 'Export the blueprint as PDF',
    pageSize: 'Page size',
    orientation: 'Orientation',
    landscape: 'Landscape',
    portrait: 'Portrait',
    counting: 'Counting pages…',
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    download: 'Download PDF',
    mapImage: 'Add a page with the map as drawn',
    undrawable_one:
      'No font on this device can draw some characters of {{count}} touchpoint; the PDF shows them as empty boxes (its text keeps them): {{titles}}',
    undrawable_other:
      'No font on this device can draw some characters of {{count}} touchpoints; the PDF shows them as empty boxes (its text keeps them): {{titles}}',
  },
  flow: {
    touchpointRole: 'touchpoint',
    connectionRole: 'connection',
    nodeHelp: 'Enter or Space selects the touchpoint, Delete removes it, Escape lets go of it.',
    nodeHelpKeyboard:
      'Enter or Space selects the touchpoint and the arrow keys then move it; Delete removes it, Escape lets go of it.',
    nodeMoved: 'Moved the touchpoint {{direction}}. New position x {{x}}, y {{y}}.',
    up: 'up',
    down: 'down',
    left: 'left',
    right: 'right',
    connection: 'Connection from “{{from}}” to “{{to}}”',
    handoff: 'Connection from “{{from}}” to “{{to}}”, a hand-off from {{fromOwner}} to {{toOwner}}',
    edgeHelp: 'Press Enter or Space to select the connection; then Delete removes it and Escape cancels.',
    controls: 'Zoom controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Show the whole map',
    interactive: 'Lock or unlock the map',
    handle: 'Connection point',
  },
  panels: panelsEn,
  actions: actionsEn,
  share: shareEn,
  curve: { ...startEn.curve, ...curveEn },
  present: presentEn,
  insights: { ...startEn.insights, ...insightsEn },
  history: historyEn,
  exported: exportEn,
  versions: { ...startEn.versions, ...versionsEn },
};

export type Catalog = typeof en;

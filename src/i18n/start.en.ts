import { importEn } from './import.en';

/**
 * The English words the start page needs (the library, its cards, import and backup, the app's frame): they
 * load with it, and the rest of en.ts with the first other page (i18n.ts). Keep keys in step with start.es.ts.
 */
export const startEn = {
  /** A name or text quoted inside a sentence, in the language's quotes. */
  quoted: '“{{text}}”',
  app: {
    name: 'Recorrido',
    documentTitle: '{{name}} · Recorrido',
    tagline: 'Customer journey maps that work offline',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    loadFailed: 'This page could not be loaded ({{message}}). Check the connection and try again.',
    retry: 'Try again',
    partLoadFailed: 'This part of the app could not be loaded ({{message}}). Check the connection and try again.',
    pasteCut_one: 'This field holds at most {{limit, number}} characters: the last character you pasted was left out.',
    pasteCut_other:
      'This field holds at most {{limit, number}} characters: the last {{count, number}} characters you pasted were left out.',
  },
  language: {
    label: 'Language',
    es: 'Español',
    en: 'English',
  },
  library: {
    title: 'Your journeys',
    newJourney: 'New journey',
    untitled: 'Untitled journey',
    templatesTitle: 'Start from a template',
    templateCounts: '{{stages}} stages · {{touchpoints}} touchpoints',
    search: 'Search journeys by name',
    searchPlaceholder: 'Search by name…',
    empty: 'No journeys yet. Create one, or start from a template.',
    noMatches: 'No journey matches “{{query}}”.',
    loading: 'Loading your journeys…',
    loadFailed: 'Your journeys could not be read from this browser’s storage: {{message}}',
    trash: 'Trash',
    trashCount: 'Trash ({{count}})',
    count_one: '{{count}} journey',
    count_other: '{{count}} journeys',
  },
  card: {
    open: 'Open',
    openLabel: 'Open {{name}}',
    rename: 'Rename',
    renameLabel: 'New name for {{name}}',
    save: 'Save',
    cancel: 'Cancel',
    duplicate: 'Duplicate',
    delete: 'Move to trash',
    edited: 'Edited {{when}}',
    touchpoints_one: '{{count}} touchpoint',
    touchpoints_other: '{{count, number}} touchpoints',
    openOpportunities_one: '{{count}} open opportunity',
    openOpportunities_other: '{{count}} open opportunities',
    painPoints_one: '{{count}} pain point',
    painPoints_other: '{{count}} pain points',
    momentsOfTruth_one: '{{count}} moment of truth',
    momentsOfTruth_other: '{{count}} moments of truth',
    copyName: '{{name}} (copy)',
    copyNameNth: '{{name}} (copy {{nth}})',
    actions: 'Actions for {{name}}',
  },
  names: {
    empty: 'A journey needs a name.',
  },
  trash: {
    title: 'Trash',
    back: 'Back to your journeys',
    empty: 'The trash is empty.',
    hint: 'Journeys in the trash stay in this browser until you empty it.',
    deleted: 'Moved to trash {{when}}',
    restore: 'Restore',
    restoreLabel: 'Restore {{name}}',
    emptyTrash: 'Empty trash',
    confirmTitle: 'Empty the trash?',
    confirmBody_one: '{{count}} journey will be deleted for good. This cannot be undone.',
    confirmBody_other: '{{count}} journeys will be deleted for good. This cannot be undone.',
    confirm: 'Delete for good',
    confirmShared_one:
      '{{count}} of them is shared from this browser: sharing stops for everyone, and the server deletes its copy.',
    confirmShared_other:
      '{{count}} of them are shared from this browser: sharing stops for everyone, and the server deletes their copies.',
    deleteAnyway_one: 'Delete it anyway (the server keeps its copy, and its links keep working)',
    deleteAnyway_other: 'Delete them anyway (the server keeps their copies, and their links keep working)',
    keptShared_one:
      '{{names}} stayed in the trash: its sync server could not be reached to stop sharing it. Try again when it can.',
    keptShared_other:
      '{{names}} stayed in the trash: their sync server could not be reached to stop sharing them. Try again when it can.',
    moved: '“{{name}}” moved to trash.',
    undo: 'Undo',
  },
  editor: {
    arrivedRepairs_one:
      'A change that arrived from another tab or person would have broken the journey; {{count}} value was repaired.',
    arrivedRepairs_other:
      'A change that arrived from another tab or person would have broken the journey; {{count}} values were repaired.',
    backToLibrary: 'Journeys',
    name: 'Journey name',
    loading: 'Opening the journey…',
    missing: 'This journey is not in this browser. It may have been deleted for good.',
    broken: 'This journey could not be opened: {{message}}',
    inTrash: 'This journey is in the trash: emptying the trash deletes it for good. Restore it to keep it.',
    repaired_one: 'One problem in the stored journey was repaired when it opened.',
    repaired_other: '{{count}} problems in the stored journey were repaired when it opened.',
    canvas: 'Journey canvas',
    minimap: 'Overview map',
    skipToCards: 'Skip to the touchpoints',
    stages_one: '{{count}} stage',
    stages_other: '{{count}} stages',
    emptyJourney: 'This journey has no touchpoints yet.',
    defaultStages: 'Stage 1|Stage 2|Stage 3',
  },
  restore: {
    'too-large': 'The file is larger than 20 MB, the most a journey file can be.',
    'too-deep': 'The file is not a journey: its data is nested far too deep.',
    empty: 'The file is empty.',
    'not-json': 'The file is not valid JSON.',
    notJsonAt: 'The file is not valid JSON: it breaks at line {{line}}, column {{column}}.',
    'not-object': 'The file does not hold a journey.',
    'unknown-format': 'This is not a journey file saved by Recorrido.',
    'is-backup':
      'This is a backup of your journeys, not a journey file: bring it back with “Restore from a backup”, under Backups.',
    'newer-backup':
      'This backup was made by a newer version of Recorrido (format {{version}}). Update the app to restore it.',
    'invalid-version': 'The file’s format version is not valid.',
    'newer-version':
      'This journey was saved by a newer version of Recorrido (format {{version}}). Update the app to open it.',
    'damaged-backup': 'The backup is damaged: its list of journeys is missing or is not a list.',
    'invalid-structure': 'The journey is damaged at “{{path}}”.',
    'too-many-touchpoints':
      'The journey has {{touchpoints, number}} touchpoints, and a journey can have at most {{limit, number}}: split it into smaller journeys and import each one.',
  },
  import: importEn,
  update: {
    available: 'A new version of Recorrido is ready. Your work is saved before it loads.',
    apply: 'Update now',
    later: 'Later',
  },
  storage: {
    persisted: 'Your journeys are stored persistently in this browser.',
    notPersisted: 'This browser may clear your journeys when it runs low on space. Export a backup now and then.',
    usage: '{{used}} used of {{quota}} available.',
  },
  backup: {
    title: 'Backups',
    create: 'Back up all journeys',
    restore: 'Restore from a backup',
    failed: 'The backup could not be made: {{message}}',
    never: 'You have not made a backup of your journeys yet.',
    reminder: 'Your last backup was {{when}}. Back up now and then: a browser can clear its storage.',
    cleared:
      'Your journeys are no longer in this browser’s storage: the browser may have cleared it. Restore them from a backup file.',
    restored: 'Backup restored: {{restored}}, {{copies}}, {{skipped}}, {{refused}}.',
    // A journey of the backup that differs from the one stored here: its copy's name, dated by its last edit.
    copyName: '{{name}} (backup of {{date}})',
    unreadable: 'Journey {{position}} of the backup could not be read: {{reason}}',
    unreadableNamed: 'Journey {{position}} of the backup, “{{name}}”, could not be read: {{reason}}',
    repairedIn: '“{{name}}” — {{repair}}',
    counted: {
      restored_one: '{{count, number}} journey back',
      restored_other: '{{count, number}} journeys back',
      restoredInTrash: '{{restored}} ({{inTrash}})',
      inTrash_one: '{{count, number}} of them in the Trash, as when backed up',
      inTrash_other: '{{count, number}} of them in the Trash, as when backed up',
      copies_one: '{{count, number}} added as a copy',
      copies_other: '{{count, number}} added as copies',
      skipped_one: '{{count, number}} already here',
      skipped_other: '{{count, number}} already here',
      refused_one: '{{count, number}} unreadable',
      refused_other: '{{count, number}} unreadable',
    },
  },
  notFound: {
    title: 'Page not found',
    back: 'Go to your journeys',
  },
  theme: {
    label: 'Theme',
    light: 'Light',
    dark: 'Dark',
    projector: 'Projector',
  },
  dialog: {
    close: 'Close',
  },
  // The curve's summary is a library card's accessible name too: the start page needs it.
  curve: {
    summary_one: 'Emotion curve: {{count}} touchpoint, average {{average}} ({{label}})',
    summary_other: 'Emotion curve: {{count}} touchpoints, average {{average}} ({{label}})',
    empty: 'Emotion curve: no touchpoint has an emotion yet',
  },
  insights: { open: 'Insights' },
  versions: {
    state: { 'as-is': 'As-is', 'to-be': 'To-be' },
    stateLabel: 'This journey is the {{state}} version',
  },
};

export type StartCatalog = typeof startEn;

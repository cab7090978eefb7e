import { ReactFlowProvider } from '@xyflow/react';
import { ArrowLeft } from 'lucide-react';
import { Suspense, use, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ActionContext } from '../actions/action';
import { operationsOf } from '../actions/registry';
import { ActionsContext } from '../actions/useAction';
import { useActionKeys } from '../actions/useActionKeys';
import { useEditor, useServices } from '../store/services';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { useCanvasView } from '../canvas/useCanvasView';
import { Inspector } from '../panels/Inspector';
import { JourneySettingsDialog } from '../panels/JourneySettingsDialog';
import { KpiSummaryDialog } from '../panels/KpiSummaryDialog';
import { Legend } from '../panels/Legend';
import { ShortcutsHelp } from '../panels/ShortcutsHelp';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ThemeSwitch } from '../ui/ThemeSwitch';
import { ChannelPalette } from './ChannelPalette';
import { JourneyNameField } from './JourneyNameField';
import { LostEditsNotice } from './LostEditsNotice';
import { LoadProblem } from '../ui/LoadProblem';
import { SaveStatus } from '../ui/SaveStatus';
import { useJourneyTitle } from '../ui/useDocumentTitle';
import { useSync } from '../sync/context';
import { LINK_REPLACED, SHARING_GONE } from '../sync/syncStore';
import { refusalText } from '../sync/refusalText';
import { ShareDialog } from './ShareDialog';
import { SyncBadge } from '../sync/SyncBadge';
import { usePresenceHere } from '../sync/usePresenceHere';
import { Toolbar } from './Toolbar';
import { TouchpointLimitNotice } from './TouchpointLimitNotice';
import { useOpenJourney } from '../store/useOpenJourney';
import { useVersions } from './versions/useVersions';
import { VersionBar } from './versions/VersionBar';
import { useTouchpointFromUrl } from './useTouchpointFromUrl';
import { EditorHiddenContext } from './editorHidden';
import { CodeLoadBoundary } from '../ui/CodeLoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';
import { repairMessage } from '../i18n/repairMessage';
import './EditorPage.css';

// Comparing two versions writes its changes through the exporters' words, which bundle both languages'
// catalogs: loaded with the dialog, so opening a journey fetches only the UI language's words.
const CompareDialog = retryableLazy(async () => ({
  default: (await import('./versions/CompareDialog')).CompareDialog,
}));

/** The editor route: one journey, its header and its canvas. */
export function EditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { editor, library } = useServices();
  const status = useEditor((s) => s.status);
  const repairs = useEditor((s) => s.repairs.length);
  const trashedAt = useEditor((s) => s.trashedAt);
  // Deleted for good elsewhere (another tab emptied the trash): nothing is left to restore; the save status
  // says the journey is no longer stored and offers to export it.
  const missing = useEditor((s) => s.saveError === 'missing');
  // By journey: the page stays mounted when another journey is opened from it.
  const [restoreFailedOf, setRestoreFailedOf] = useState<string | null>(null);
  const restoreFailed = restoreFailedOf === id;
  const gone = missing || restoreFailed;
  const arrivedRepairs = useEditor((s) => s.arrivedRepairs);
  const arrivedCuts = useEditor((s) => s.arrivedCuts);
  const readOnly = useEditor((s) => s.readOnly);
  const restore = async () => {
    try {
      await library.getState().restore(id);
    } catch {
      // Deleted for good before any save found out: said in place of the button, which can do nothing.
      setRestoreFailedOf(id);
      return;
    }
    editor.getState().markRestored();
  };

  useOpenJourney(id);
  useJourneyTitle(id);
  usePresenceHere();

  return (
    <div className="editor">
      <header className="editor__header">
        <Link to="/" className="button button--ghost" data-testid="open-library">
          <ArrowLeft size={16} aria-hidden="true" />
          {t('editor.backToLibrary')}
        </Link>
        {status === 'ready' && <JourneyNameField />}
        <div className="editor__header-end">
          {status === 'ready' && (
            <UnlessPresenting>
              <SyncBadge />
              <SaveStatus />
            </UnlessPresenting>
          )}
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </header>
      {readOnly && status === 'ready' && (
        <p className="alert alert--info" role="status" data-testid="read-only">
          {t('share.readOnly')}
        </p>
      )}
      {status === 'ready' && <SharingEndedNotice />}
      {repairs > 0 && (
        <p className="alert alert--info" role="status">
          {t('editor.repaired', { count: repairs })}
        </p>
      )}
      {arrivedRepairs > 0 && (
        <div className="alert alert--info" role="status" data-testid="arrived-repairs">
          {t('editor.arrivedRepairs', { count: arrivedRepairs })}
          {arrivedCuts.length > 0 && (
            <ul className="editor__arrived-cuts">
              {arrivedCuts.map(({ repair, name }, index) => (
                <li key={index}>{repairMessage(t, repair, name)}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button button--ghost"
            onClick={() => editor.getState().dismissArrivedRepairs()}
          >
            {t('dialog.close')}
          </button>
        </div>
      )}
      {status === 'ready' && <TouchpointLimitNotice />}
      {status === 'ready' && <LostEditsNotice />}
      {trashedAt && restoreFailed && (
        <p className="alert alert--error" role="alert" data-testid="in-trash-gone">
          {t('save.missing')}
        </p>
      )}
      {trashedAt && !gone && (
        <p className="alert alert--info" role="status" data-testid="in-trash">
          {t('editor.inTrash')}
          <button type="button" className="button" data-testid="restore-journey" onClick={() => void restore()}>
            {t('trash.restore')}
          </button>
        </p>
      )}
      {status === 'ready' ? (
        <ReactFlowProvider>
          <Workspace journeyId={id} />
        </ReactFlowProvider>
      ) : (
        <EditorMain>
          <LoadProblem status={status} />
        </EditorMain>
      )}
    </div>
  );
}

/** Toolbar, palette, canvas and side panels of an open journey; shares one React Flow instance. */
function Workspace({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const { editor } = useServices();
  const navigate = useNavigate();
  const view = useCanvasView();
  const [dialog, setDialog] = useState<'settings' | 'help' | 'share' | 'summary' | null>(null);
  const peers = useSync((s) => s.peers);
  // Who else has each card selected, for its outline in their colour.
  const peerSelections = useMemo(() => {
    const byCard = new Map<string, { name: string; color: string }[]>();
    for (const peer of peers) {
      for (const id of peer.selection)
        byCard.set(id, [...(byCard.get(id) ?? []), { name: peer.name, color: peer.color }]);
    }
    return byCard;
  }, [peers]);
  const versions = useVersions();
  const actions = useMemo<ActionContext>(
    () => ({
      editor,
      t,
      view,
      navigate: (path) => void navigate(path),
      openHelp: () => setDialog('help'),
      openShare: () => setDialog('share'),
      openMeasures: () => setDialog('summary'),
      versions: versions.actions,
    }),
    [editor, t, view, navigate, versions.actions],
  );
  useTouchpointFromUrl(journeyId);

  return (
    <ActionsContext value={actions}>
      <EditorKeys actions={actions} />
      <Toolbar onOpenSettings={() => setDialog('settings')} />
      <VersionBar versions={versions} />
      <EditorMain>
        <ChannelPalette
          onPick={(channelId) => {
            const id = operationsOf(actions).addTouchpointAt(view.centre(), { channelId });
            if (id) view.show(id);
          }}
        />
        <JourneyCanvas peerSelections={peerSelections} />
        <div className="editor__side">
          <Inspector />
          <Legend />
        </div>
      </EditorMain>
      {dialog === 'settings' && <JourneySettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'help' && <ShortcutsHelp onClose={() => setDialog(null)} />}
      {dialog === 'share' && <ShareDialog onClose={() => setDialog(null)} />}
      {dialog === 'summary' && <KpiSummaryDialog onClose={() => setDialog(null)} />}
      {versions.comparing && versions.other && (
        <CodeLoadBoundary resetKey={versions.other}>
          <Suspense fallback={null}>
            <CompareDialog other={versions.other} onClose={versions.closeCompare} />
          </Suspense>
        </CodeLoadBoundary>
      )}
    </ActionsContext>
  );
}

/**
 * Says so when the server ends the open journey's sharing for this browser: its room went away (its sharer
 * stopped sharing, or the server no longer has it) or its link no longer opens it (the links were replaced,
 * or refused for another reason): the status badge alone only turned to "Only on this device". The journey
 * stays here either way.
 */
function SharingEndedNotice() {
  const { t } = useTranslation();
  const refusal = useSync((s) => s.refusal);
  const readOnly = useEditor((s) => s.readOnly);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!refusal || dismissed === refusal) return null;
  // A status, not an alert: the Share dialog, if open, says it as an alert already.
  return (
    <p
      className={SHARING_GONE.has(refusal) ? 'alert alert--info' : 'alert alert--error'}
      role="status"
      data-testid="sharing-ended"
    >
      {refusalText(t, refusal)}
      {/* A reader has no changes to keep. */}
      {LINK_REPLACED.has(refusal) && !readOnly && ` ${t('share.cutOffKept')}`}
      <button type="button" className="button button--ghost" onClick={() => setDismissed(refusal)}>
        {t('dialog.close')}
      </button>
    </p>
  );
}

/** The editor's shortcuts, off while it is hidden under the presentation (which has keys of its own). */
function EditorKeys({ actions }: { actions: ActionContext }) {
  useActionKeys('editor', actions, !use(EditorHiddenContext));
  return null;
}

/**
 * The editor's main landmark. Under the presentation it gives up its id: the presentation's `main` is then
 * the page's one `#main` (the hidden editor is already out of the accessibility tree).
 */
function EditorMain({ children }: { children: ReactNode }) {
  return (
    <main id={use(EditorHiddenContext) ? undefined : 'main'} className="editor__main">
      {children}
    </main>
  );
}

/**
 * What the editor's header shows that the presentation shows too (sync and save status): under the
 * presentation only the presentation's, so each test id is on the page once.
 */
function UnlessPresenting({ children }: { children: ReactNode }) {
  return use(EditorHiddenContext) ? null : children;
}

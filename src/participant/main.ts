import { isLocale, type Locale } from '../domain/locale';
import { detectLocale, LOCALE_STORAGE_KEY } from '../i18n/detectLocale';
import { readParticipantLink, socketUrl } from '../sync/links';
import { participate } from '../sync/participation';
import { installParticipantLook } from './look';
import { installForOffline } from './offline';
import { mountParticipantPage } from './page';
import { pendingStore } from './pending';
import './participant.css';

// The entry of participate.html, the page a workshop's QR code opens on a phone. It is its own entry so
// the phone loads this page's code only: no React, React Flow, editor, PDF or IndexedDB code.

installParticipantLook();
const root = document.getElementById('root')!;
// The key stays in the fragment (browsers never send it to a server) so that reloading the page works.
const link = readParticipantLink(location.hash);
// The sync server is the page's own origin: the participant link always points at it.
const server = socketUrl(location.origin);

let page: { destroy(): void } | undefined;
const noteField = () => document.querySelector<HTMLTextAreaElement>('[data-testid="participant-note"]');
function mount(locale: Locale) {
  page?.destroy();
  page = mountParticipantPage({
    root,
    link,
    locale,
    onLocale(next) {
      if (!isLocale(next)) return;
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next);
      // The page is drawn again in the other language: a note being written goes with it.
      const draft = noteField()?.value ?? '';
      mount(next);
      const note = noteField();
      if (note && draft) {
        note.value = draft;
        note.dispatchEvent(new Event('input'));
      }
    },
    connect: (events) => participate(server, link!, pendingStore(link!.room), events),
  });
}
mount(detectLocale());
// Another participant link pasted into the address bar changes only the fragment: start again with it.
addEventListener('hashchange', () => location.reload());
installForOffline();

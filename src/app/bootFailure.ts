import type { Locale } from '../domain/locale';

/**
 * The words of the one screen shown when the start page's own words could not be fetched (offline before the
 * service worker cached them): with no catalog at hand, these few live here, in both languages.
 */
const BOOT_WORDS: Record<Locale, { message: (reason: string) => string; retry: string }> = {
  en: {
    message: (reason) =>
      `Recorrido could not start: part of it could not be fetched (${reason}). Check the connection and try again; your journeys are safe in this browser.`,
    retry: 'Try again',
  },
  es: {
    message: (reason) =>
      `Recorrido no pudo arrancar: no se pudo descargar una parte (${reason}). Comprueba la conexión y vuelve a intentarlo; tus recorridos siguen a salvo en este navegador.`,
    retry: 'Reintentar',
  },
};

/**
 * Shows in `root`, with plain DOM (React never rendered), why the app could not start, in `locale`, and a
 * Try again button that clears the message and calls `retry` (which fetches the missing code again).
 */
export function showBootFailure(root: HTMLElement, locale: Locale, error: unknown, retry: () => void): void {
  const words = BOOT_WORDS[locale];
  const main = document.createElement('main');
  main.id = 'main';
  main.className = 'load-failed';
  main.setAttribute('role', 'alert');
  main.dataset.testid = 'boot-failed';
  const message = document.createElement('p');
  message.textContent = words.message(error instanceof Error ? error.message : String(error));
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = words.retry;
  button.addEventListener('click', () => {
    main.remove();
    retry();
  });
  main.append(message, button);
  root.replaceChildren(main);
}

import { Component, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadAttempt } from './retryableLazy';

/**
 * Whether `error` says that a chunk of the app's code or its stylesheet could not be fetched (offline before
 * the service worker cached it, or a deploy renamed it). Chromium, Firefox and Safari word a failed import
 * differently; Vite's preload helper fails first on a stylesheet ("Unable to preload CSS"); a host that
 * answers a missing chunk with its index page gets a MIME type error.
 */
export function isCodeLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|importing a module script failed|failed to load module script|unable to preload css|not a valid javascript mime type/i.test(
    message,
  );
}

/**
 * Why an action failed, in the UI's words when its code could not be fetched (isCodeLoadError: check the
 * connection and try again), else `otherwise(message)`; `message` is the error's own text.
 */
export function actionFailureText(t: TFunction, error: unknown, otherwise: (message: string) => string): string {
  const message = error instanceof Error ? error.message : String(error);
  return isCodeLoadError(error) ? t('app.partLoadFailed', { message }) : otherwise(message);
}

interface Props {
  children: ReactNode;
  /** A change of this value (the page's path, the dialog's step) clears a failure shown, to try again. */
  resetKey?: unknown;
  /** In place of a whole page: the message is the page's main landmark, with a way back to the library. */
  page?: boolean;
}

/**
 * Shows a message with a Try again button in place of a lazily loaded part (a page, a dialog) whose code
 * could not be fetched, instead of the whole app going blank. Trying again renders the part anew, which
 * fetches its code again when it is loaded with retryableLazy. Any other error goes on up, untouched. Put
 * the part's Suspense inside it, so that the boundary itself is shown (and keeps its attempt) while it loads.
 */
export class CodeLoadBoundary extends Component<Props, { error: unknown; attempt: object }> {
  state: { error: unknown; attempt: object } = { error: undefined, attempt: {} };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidUpdate(previous: Props) {
    if (this.state.error !== undefined && previous.resetKey !== this.props.resetKey) this.retry();
  }

  /** A new attempt: each part's next load adds back stylesheets that failed (stylesheetRecovery.ts). */
  retry() {
    this.setState({ error: undefined, attempt: {} });
  }

  render() {
    const { error, attempt } = this.state;
    if (error === undefined) return <LoadAttempt value={attempt}>{this.props.children}</LoadAttempt>;
    if (!isCodeLoadError(error)) throw error;
    return <CodeLoadFailed error={error} page={this.props.page ?? false} onRetry={() => this.retry()} />;
  }
}

/**
 * Why a page (`page`) or a part of one could not be loaded, from `error`'s message, and a Try again button:
 * the one wording of it, for code that could not be fetched and for services that could not start.
 */
export function LoadFailedMessage({ error, page, onRetry }: { error: unknown; page: boolean; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {t(page ? 'app.loadFailed' : 'app.partLoadFailed', {
          message: error instanceof Error ? error.message : String(error),
        })}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </>
  );
}

function CodeLoadFailed({ error, page, onRetry }: { error: unknown; page: boolean; onRetry(): void }) {
  const { t } = useTranslation();
  const content = (
    <div className="load-failed" role="alert" data-testid="code-load-failed">
      <LoadFailedMessage error={error} page={page} onRetry={onRetry} />
      {page && (
        <Link to="/" className="button button--ghost">
          {t('notFound.back')}
        </Link>
      )}
    </div>
  );
  return page ? <main id="main">{content}</main> : content;
}

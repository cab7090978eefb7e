import { createLogger, describeError, redactConsole } from './log.ts';
import { USAGE, parseOptions } from './options.ts';
import type { ServerOptions } from './options.ts';
import { startServer } from './server.ts';

/**
 * `npm run server -- --port P --data DIR [--host H]`: runs the sync server until SIGINT or SIGTERM,
 * then closes every connection and stores every open document before exiting.
 */
async function main(): Promise<void> {
  redactConsole();
  const log = createLogger();
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  let options: ServerOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  // A bad message must never take the team's server down: report and keep serving.
  process.on('unhandledRejection', (error) => log.error('unhandled-rejection', { error: describeError(error) }));
  process.on('uncaughtException', (error) => log.error('uncaught-exception', { error: describeError(error) }));

  const server = await startServer(options, log);
  const stop = (signal: NodeJS.Signals) => {
    log.info('stopping', { signal });
    server.close().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error('stop-failed', { error: describeError(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`The sync server could not start: ${describeError(error)}\n`);
  process.exit(1);
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The sync server's tests: Node environment, real server processes on 127.0.0.1, one file at a time
 * (each file starts its own servers, and the machine has two cores).
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'server',
    environment: 'node',
    include: ['server/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    restoreMocks: true,
  },
});

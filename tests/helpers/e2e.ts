import { afterAll, afterEach, beforeAll } from 'vitest';
import { createAccounts, type TestAccount } from './accounts.ts';
import { Tablet } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

/**
 * Keeps a screenshot and the console log of every open tablet when a test fails, under
 * test-results/ (git-ignored), so a red CI run can be read without re-running it.
 */
export function keepArtifactsOnFailure(tablets: () => Tablet[]): void {
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    for (const tablet of tablets()) {
      const dir = await tablet.saveArtifacts(context.task.name);
      console.error(`artifacts of the failed test: ${dir}`);
    }
  });
}

/**
 * A server and one tablet for the tests of a `describe`: started before them (with `accounts` made in the
 * server's database first), stopped after them, with the tablet's screenshot and console kept when a test
 * fails. Read `.server` and `.tablet` inside the tests, or in a `beforeAll` registered after this call.
 * @example
 * const env = serverAndTablet('outbox');
 * it('…', async () => {
 *   const page = await env.tablet.open('/');
 * });
 */
export function serverAndTablet(
  name: string,
  { accounts = [] }: { accounts?: TestAccount[] } = {},
): { readonly server: RunningServer; readonly tablet: Tablet } {
  let server: RunningServer | undefined;
  let tablet: Tablet | undefined;
  keepArtifactsOnFailure(() => (tablet ? [tablet] : []));
  beforeAll(async () => {
    server = await startServer();
    if (accounts.length > 0) await createAccounts(server, accounts);
    tablet = await Tablet.launch({ baseUrl: server.url, name });
  });
  afterAll(async () => {
    await tablet?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('serverAndTablet: read it inside a test, after beforeAll');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get tablet() {
      return started(tablet);
    },
  };
}

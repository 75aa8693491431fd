import { afterEach } from 'vitest';
import type { Tablet } from './browser.ts';

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

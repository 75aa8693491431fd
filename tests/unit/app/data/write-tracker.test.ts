import { describe, expect, it } from 'vitest';
import { flushWrites, pendingWriteCount, trackWrite } from '../../../../src/app/data/write-tracker.ts';

describe('the write tracker', () => {
  it('waits for every write started before a flush, failed ones included', async () => {
    const order: string[] = [];
    let finishSlow = () => {};
    const slow = new Promise<void>((resolve) => {
      finishSlow = resolve;
    }).then(() => order.push('slow'));
    void trackWrite(slow);
    void trackWrite(Promise.reject(new Error('quota'))).catch(() => order.push('failed'));
    expect(pendingWriteCount()).toBe(2);

    const flushed = flushWrites().then(() => order.push('flushed'));
    await Promise.resolve();
    expect(order).not.toContain('flushed');
    finishSlow();
    await flushed;
    expect(order.at(-1)).toBe('flushed');
    expect(order).toContain('slow');
    expect(pendingWriteCount()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { callJson } from '../../../../src/app/sync/http.ts';

/** A fetch answering with `status` and a body that breaks off after its first bytes. */
function brokenBody(status: number): typeof fetch {
  return (async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"epoch":"e1","cursor":'));
        controller.error(new TypeError('terminated'));
      },
    });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

describe('callJson', () => {
  it('reads a body that breaks off after the status as the link dropping, not as an answer without data', async () => {
    for (const status of [200, 401, 500]) {
      const result = await callJson(
        { baseUrl: 'http://sync.test', token: 't', fetch: brokenBody(status) },
        'GET',
        '/api/sync/pull',
      );
      expect(result).toMatchObject({ ok: false, reason: 'offline' });
    }
  });

  it('gives the server’s code and sentence for a refusal, and the data of an answer', async () => {
    const answer = (status: number, body: unknown) =>
      (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
    const refused = await callJson(
      {
        baseUrl: 'http://sync.test',
        token: 't',
        fetch: answer(422, { error: 'invalid-body', message: 'Sai.' }),
      },
      'POST',
      '/api/sync/push',
      {},
    );
    expect(refused).toMatchObject({
      ok: false,
      reason: 'rejected',
      status: 422,
      code: 'invalid-body',
      message: 'Sai.',
    });
    const ok = await callJson(
      { baseUrl: 'http://sync.test', token: 't', fetch: answer(200, { a: 1 }) },
      'GET',
      '/x',
    );
    expect(ok).toEqual({ ok: true, status: 200, data: { a: 1 } });
  });
});

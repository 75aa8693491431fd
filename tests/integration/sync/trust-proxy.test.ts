import { afterEach, describe, expect, it } from 'vitest';
import { jsonInit, openTestApp, type TestApp } from './fixture.ts';

let t: TestApp | undefined;

afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A failed login from `address` (as a reverse proxy reports it) for a username nobody has. */
async function failFrom(app: TestApp, address: string, n: number): Promise<number> {
  const res = await app.http(
    '/api/auth/login',
    jsonInit(
      'POST',
      { username: `khong-co-${n}`, password: 'sai-mat-khau', deviceName: 'x' },
      {
        'x-forwarded-for': address,
      },
    ),
  );
  return res.status;
}

describe('TRUST_PROXY and the login rate limit', () => {
  it('with TRUST_PROXY=1, counts failures by the first X-Forwarded-For address: one client is limited, another is not', async () => {
    t = await openTestApp({ trustProxy: true });
    for (let i = 0; i < 5; i += 1) expect(await failFrom(t, '203.0.113.7, 10.0.0.2', i)).toBe(401);
    expect(await failFrom(t, '203.0.113.7', 5)).toBe(429);
    expect(await failFrom(t, '198.51.100.4', 6)).toBe(401);
  });

  it('without it, ignores X-Forwarded-For (a client could forge it) and counts the connection address', async () => {
    t = await openTestApp();
    for (let i = 0; i < 5; i += 1) expect(await failFrom(t, `203.0.113.${i}`, i)).toBe(401);
    expect(await failFrom(t, '198.51.100.4', 5)).toBe(429);
  });
});

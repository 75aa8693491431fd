import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_BLOB_BYTES } from '../../../src/domain/api/blobs.ts';
import { SyncReplica } from '../../helpers/sync-replica.ts';
import { officeAndInspectors, type Session } from './fixture.ts';
import { evidenceRow, inspectionRow } from './rows.ts';

const env = officeAndInspectors();

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
let counter = 0;
function image(): { bytes: Uint8Array<ArrayBuffer>; sha: string } {
  counter += 1;
  const bytes = new Uint8Array([...PNG_HEADER, ...new TextEncoder().encode(`ảnh số ${counter}`)]);
  return { bytes, sha: createHash('sha256').update(bytes).digest('hex') };
}

const put = (session: Session, sha: string, bytes: Uint8Array<ArrayBuffer>, type = 'image/png') =>
  env.server.http(`/api/blobs/${sha}`, {
    method: 'PUT',
    headers: { ...session.auth, 'content-type': type },
    body: bytes,
  });

describe('blobs', () => {
  it('stores a verified upload once: 201 then 200, and GET returns the same bytes', async () => {
    const { bytes, sha } = image();
    const first = await put(env.alice, sha, bytes);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ sha256: sha, size: bytes.length, created: true });
    const second = await put(env.alice, sha, bytes);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ sha256: sha, size: bytes.length, created: false });
    const got = await env.server.http(`/api/blobs/${sha}`, { headers: env.alice.auth });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes);
    const head = await env.server.http(`/api/blobs/${sha}`, { method: 'HEAD', headers: env.alice.auth });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    const rows = await env.server.store.db
      .selectFrom('blobs')
      .select('sha256')
      .where('sha256', '=', sha)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a body whose hash differs (422), a non-image type (415), an oversized body (413)', async () => {
    const { bytes, sha } = image();
    const other = image();
    const wrong = await put(env.alice, sha, other.bytes);
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ error: 'hash-mismatch' });
    expect((await put(env.alice, sha, bytes, 'text/html')).status).toBe(415);
    const huge = new Uint8Array(MAX_BLOB_BYTES + 1);
    expect((await put(env.alice, createHash('sha256').update(huge).digest('hex'), huge)).status).toBe(413);
    expect((await put(env.alice, 'ABC', bytes)).status).toBe(404);
    const stored = await env.server.store.db
      .selectFrom('blobs')
      .select('sha256')
      .where('sha256', 'in', [sha, other.sha])
      .execute();
    expect(stored).toEqual([]);
  });

  it('shows an inspector only blobs of rows they can read or that they uploaded (others: 404)', async () => {
    const { bytes, sha } = image();
    const office = new SyncReplica({ http: env.server.http, token: env.admin.token });
    const insp = inspectionRow([env.alice.user.id]);
    const ev = evidenceRow(insp.id, sha, bytes.length);
    office.write('inspections', insp.id, insp.fields);
    office.write('evidence', ev.id, ev.fields);
    await office.push();
    expect((await put(env.admin, sha, bytes)).status).toBe(201);
    expect((await env.server.http(`/api/blobs/${sha}`, { headers: env.alice.auth })).status).toBe(200);
    expect((await env.server.http(`/api/blobs/${sha}`, { headers: env.bob.auth })).status).toBe(404);
    expect(
      (await env.server.http(`/api/blobs/${sha}`, { method: 'HEAD', headers: env.bob.auth })).status,
    ).toBe(404);
    // Sending the bytes proves bob has them: afterwards he may read them back.
    expect((await put(env.bob, sha, bytes)).status).toBe(200);
    expect((await env.server.http(`/api/blobs/${sha}`, { headers: env.bob.auth })).status).toBe(200);
    expect((await env.server.http(`/api/blobs/${sha}`)).status).toBe(401);
  });

  it('lists rows whose blob has not arrived yet to the office', async () => {
    const { bytes, sha } = image();
    const tablet = new SyncReplica({ http: env.server.http, token: env.alice.token });
    const insp = inspectionRow([env.alice.user.id]);
    const ev = evidenceRow(insp.id, sha, bytes.length);
    tablet.write('inspections', insp.id, insp.fields);
    tablet.write('evidence', ev.id, ev.fields);
    await tablet.push();
    const missing = async () =>
      (
        (await (await env.server.http('/api/blobs/missing', { headers: env.admin.auth })).json()) as {
          missing: { id: string }[];
        }
      ).missing;
    expect(await missing()).toContainEqual({
      table: 'evidence',
      id: ev.id,
      inspectionId: insp.id,
      sha256: sha,
    });
    await put(env.alice, sha, bytes);
    expect((await missing()).some((m) => m.id === ev.id)).toBe(false);
    expect((await env.server.http('/api/blobs/missing', { headers: env.alice.auth })).status).toBe(403);
  });
});

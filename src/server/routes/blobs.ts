import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { BlobMime, BlobParams, MAX_BLOB_BYTES } from '../../domain/api/blobs.ts';
import { ApiError } from '../errors.ts';
import { type AuthEnv, type Caller, deviceAuth, requireAdmin } from '../middleware/auth.ts';
import { bodySizeLimit } from '../middleware/body-limit.ts';
import type { Store } from '../store/store.ts';
import { parseParams } from '../validate.ts';

const notFound = () => new ApiError(404, 'not-found', 'Không tìm thấy ảnh.');

/**
 * Photos and signature images by SHA-256 (api/blobs.ts): `PUT /api/blobs/:sha256` with the raw bytes
 * (201 when stored, 200 when the server had them already: idempotent), `GET`/`HEAD` to fetch or probe, and
 * `GET /api/blobs/missing` (admin): evidence and signature rows whose blob has not arrived yet. An inspector
 * reads a blob only if a row they can read points to it or they uploaded it; any other blob answers 404 as
 * if it did not exist, so a hash is no oracle, and the upload queue simply sends it.
 */
export function blobRoutes({ store }: { store: Store }): Hono<AuthEnv> {
  const blobs = new Hono<AuthEnv>();
  blobs.use('*', deviceAuth({ store }));

  blobs.get('/missing', requireAdmin(), async (c) => {
    const rows = await store.db
      .selectFrom('sync_rows')
      .select(['tbl', 'id', 'inspection_id', 'blob_sha256'])
      .where('blob_sha256', 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('blobs').select('blobs.sha256').whereRef('blobs.sha256', '=', 'sync_rows.blob_sha256'),
          ),
        ),
      )
      .orderBy('seq')
      .limit(5000)
      .execute();
    return c.json({
      missing: rows.map((r) => ({
        table: r.tbl,
        id: r.id,
        inspectionId: r.inspection_id,
        sha256: r.blob_sha256,
      })),
    });
  });

  blobs.get('/:sha256', async (c) => {
    const { sha256 } = parseParams(c, BlobParams);
    if (!(await mayRead(store, c.var.caller, sha256))) throw notFound();
    const row = await store.db
      .selectFrom('blobs')
      .select(['mime', 'size'])
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    if (!row) throw notFound();
    const headers = {
      'content-type': row.mime,
      'content-length': String(row.size),
      etag: `"${sha256}"`,
      // The address is the content: it can never change.
      'cache-control': 'private, max-age=31536000, immutable',
    };
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    const { data } = await store.db
      .selectFrom('blobs')
      .select('data')
      .where('sha256', '=', sha256)
      .executeTakeFirstOrThrow();
    return c.body(new Uint8Array(data), 200, headers);
  });

  blobs.put('/:sha256', bodySizeLimit({ maxSize: MAX_BLOB_BYTES }), async (c) => {
    const { sha256 } = parseParams(c, BlobParams);
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    const mime = BlobMime.safeParse(type);
    if (!mime.success) {
      throw new ApiError(
        415,
        'unsupported-media-type',
        'Định dạng tệp không được hỗ trợ; chỉ nhận ảnh JPEG, PNG hoặc WebP.',
      );
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) throw new ApiError(400, 'bad-request', 'Tệp ảnh rỗng.');
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) {
      throw new ApiError(422, 'hash-mismatch', 'Tệp bị lỗi trong khi truyền; thiết bị sẽ gửi lại.', {
        actual,
      });
    }
    const userId = c.var.caller.user.id;
    const created = await store.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('blobs')
        .values({
          sha256,
          mime: mime.data,
          size: bytes.byteLength,
          data: bytes,
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .executeTakeFirst();
      await trx
        .insertInto('blob_uploads')
        .values({ sha256, user_id: userId })
        .onConflict((oc) => oc.columns(['sha256', 'user_id']).doNothing())
        .execute();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    });
    return c.json({ sha256, size: bytes.byteLength, created }, created ? 201 : 200);
  });

  return blobs;
}

async function mayRead(store: Store, caller: Caller, sha256: string): Promise<boolean> {
  if (caller.user.role === 'admin') return true;
  const userId = caller.user.id;
  const uploaded = await store.db
    .selectFrom('blob_uploads')
    .select('sha256')
    .where('sha256', '=', sha256)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (uploaded) return true;
  const referenced = await store.db
    .selectFrom('sync_rows')
    .select('id')
    .where('blob_sha256', '=', sha256)
    .where('inspection_id', 'in', (eb) =>
      eb.selectFrom('sync_access').select('inspection_id').where('user_id', '=', userId),
    )
    .limit(1)
    .executeTakeFirst();
  return referenced !== undefined;
}

import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Hlc } from '../domain/hlc.ts';
import type { Json } from '../domain/merge.ts';
import type { CatalogueRow } from '../domain/schemas/catalogue.ts';
import type { EvidenceRow } from '../domain/schemas/evidence.ts';
import type { FindingRow } from '../domain/schemas/finding.ts';
import type { InspectionRow } from '../domain/schemas/inspection.ts';
import type { RecommendationRow } from '../domain/schemas/recommendation.ts';
import type { SignatureRow } from '../domain/schemas/signature.ts';
import { upgradeToV2 } from './db-upgrades.ts';

/**
 * What the tablet keeps beside a synced row's fields, all local only: the HLC stamp of the last write
 * of each field (`_hlc`), when this device last saw the row change (`_updatedAt`, for lists), and the
 * journal number of the last journalled write of each field made here (`_journalSeq`): a journal
 * entry with a lower number is older than what is stored and must not be replayed over it.
 */
interface LocalMeta {
  _hlc: Record<string, Hlc>;
  _updatedAt: string;
  _journalSeq?: Record<string, number>;
}

/** A synced row as the tablet holds it. */
export type Local<T> = T & LocalMeta;

/** A loosely typed synced row, for code that works on any table (write path, sync). */
export type AnyLocalRow = { id: string } & LocalMeta & Record<string, unknown>;

/** The fields one user action wrote to one row, under their shared stamp (the push's wire form). */
export interface OutboxWrite {
  table: SyncedTable;
  id: string;
  hlc: Hlc;
  fields: Record<string, Json>;
  /** The stamps the written fields had here before the write (see RowWrite.base); absent in rebuilt entries. */
  base?: Record<string, Hlc>;
}

/** One user change: every write of it is pushed, applied and acknowledged together. */
export interface OutboxEntry {
  mutationId: number;
  ops: OutboxWrite[];
  createdAt: string;
}

/** A photo or signature image, by content hash; kept until the server has it. */
export interface StoredBlob {
  sha256: string;
  blob: Blob;
  mime: string;
  size: number;
  /** 0 = waiting for upload, 1 = on the server (numbers, because IndexedDB cannot index booleans). */
  uploaded: 0 | 1;
  createdAt: string;
  /** Why the server refused the upload, in the server's words; shown to the user. */
  lastError?: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const SYNCED_TABLES = [
  'inspections',
  'results',
  'findings',
  'recommendations',
  'evidence',
  'signatures',
  'units',
  'plans',
  'catalogues',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export const DB_NAME = 'cchc-inspect';

/**
 * Every table and every schema version lives here. A new version only adds stores, indexes or
 * fields; a shipped version is never edited, so a tablet on an old build upgrades in place.
 */
// Synced tables are keyed by plain strings: ids are branded in the domain, but every lookup here
// starts from a URL or a pulled change, where the brand has not been checked yet.
export class AppDb extends Dexie {
  inspections!: Table<Local<InspectionRow>, string>;
  results!: Table<AnyLocalRow, string>;
  findings!: Table<Local<FindingRow>, string>;
  recommendations!: Table<Local<RecommendationRow>, string>;
  evidence!: Table<Local<EvidenceRow>, string>;
  signatures!: Table<Local<SignatureRow>, string>;
  units!: Table<AnyLocalRow, string>;
  plans!: Table<AnyLocalRow, string>;
  catalogues!: Table<Local<CatalogueRow>, string>;
  outbox!: EntityTable<OutboxEntry, 'mutationId'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  blobs!: EntityTable<StoredBlob, 'sha256'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1 (first release): drafts created on the device, before sync existed.
    this.version(1).stores({
      inspections: 'id, status, date, updatedAt',
    });
    // v2: every synced table with per-field stamps, the outbox, device meta and blobs.
    this.version(2)
      .stores({
        inspections: 'id, status, date, _updatedAt, planId',
        results: 'id, inspectionId',
        findings: 'id, inspectionId',
        recommendations: 'id, inspectionId, deadline',
        evidence: 'id, inspectionId, sha256',
        signatures: 'id, inspectionId',
        units: 'id',
        plans: 'id, year',
        catalogues: 'id, year',
        outbox: 'mutationId',
        meta: 'key',
        blobs: 'sha256, uploaded',
      })
      .upgrade(upgradeToV2);
  }

  /** The Dexie table of a synced table name. */
  synced(table: SyncedTable): Table<AnyLocalRow, string> {
    return this.table(table);
  }
}

let instance: AppDb | undefined;

/** The app's single database connection. */
export function getDb(): AppDb {
  instance ??= new AppDb();
  return instance;
}

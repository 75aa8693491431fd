import type { Generated } from 'kysely';

/**
 * Kysely table types of the server database, one interface per table, each created by a migration in
 * `migrations/` (which says what the table is for). Times are ISO strings, flags are 0/1, JSON is text.
 */
export interface ServerMetaTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  disabled: number;
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface DevicesTable {
  id: string;
  user_id: string;
  device_name: string;
  token_hash: string;
  created_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

export interface LoginFailuresTable {
  key: string;
  at_ms: number;
}

export interface SyncRowsTable {
  tbl: string;
  id: string;
  inspection_id: string | null;
  seq: number;
  state: string;
  field_seqs: string;
  /** The lowest of `field_seqs` (0004_packed_rows). */
  min_seq: number;
  created_by: string | null;
  blob_sha256: string | null;
}

export interface SyncSeqTable {
  id: number;
  value: number;
}

export interface SyncAccessTable {
  inspection_id: string;
  user_id: string;
}

export interface SyncClientsTable {
  client_id: string;
  user_id: string;
  device_id: string | null;
  last_mutation_id: number;
  updated_at: string;
}

export interface SyncMutationsTable {
  id: Generated<number>;
  client_id: string;
  mutation_id: number;
  user_id: string;
  device_id: string | null;
  received_at: string;
  ops: string;
  status: 'applied' | 'rejected';
}

export interface SyncRejectionsTable {
  client_id: string;
  mutation_id: number;
  error: string;
  message: string;
  created_at: string;
}

export interface SyncConflictsTable {
  id: Generated<number>;
  tbl: string;
  row_id: string;
  field: string;
  kept_value: string;
  kept_hlc: string;
  lost_value: string;
  lost_hlc: string;
  user_id: string;
  client_id: string;
  mutation_id: number;
  created_at: string;
  status: 'open' | 'resolved';
  resolved_by: string | null;
  resolved_at: string | null;
  resolved_value: string | null;
}

export interface BlobsTable {
  sha256: string;
  mime: string;
  size: number;
  data: Uint8Array;
  created_at: string;
}

export interface BlobUploadsTable {
  sha256: string;
  user_id: string;
}

export interface Database {
  server_meta: ServerMetaTable;
  users: UsersTable;
  devices: DevicesTable;
  login_failures: LoginFailuresTable;
  sync_rows: SyncRowsTable;
  sync_seq: SyncSeqTable;
  sync_access: SyncAccessTable;
  sync_clients: SyncClientsTable;
  sync_mutations: SyncMutationsTable;
  sync_rejections: SyncRejectionsTable;
  sync_conflicts: SyncConflictsTable;
  blobs: BlobsTable;
  blob_uploads: BlobUploadsTable;
}

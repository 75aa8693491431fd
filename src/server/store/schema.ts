/**
 * Kysely table types of the server database, one interface per table. Later issues add users,
 * devices, changes, conflicts, mutations and blobs here, each with the migration that creates it.
 */
export interface ServerMetaTable {
  key: string;
  value: string;
}

export interface Database {
  server_meta: ServerMetaTable;
}

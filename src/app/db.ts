import Dexie, { type EntityTable } from 'dexie';

/** An inspection as the tablet holds it. */
export interface LocalInspection {
  id: string;
  unitName: string;
  date: string; // ISO yyyy-mm-dd
  status: 'draft' | 'inProgress' | 'completed' | 'signed';
  createdAt: string;
  updatedAt: string;
}

export const DB_NAME = 'cchc-inspect';

/**
 * Every table and every schema version lives here. A new version only adds stores, indexes or
 * fields; a shipped version is never edited, so a tablet on an old build upgrades in place.
 */
export class AppDb extends Dexie {
  inspections!: EntityTable<LocalInspection, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      inspections: 'id, status, date, updatedAt',
    });
  }
}

let instance: AppDb | undefined;

/** The app's single database connection. */
export function getDb(): AppDb {
  instance ??= new AppDb();
  return instance;
}

import { v7 as uuidv7 } from 'uuid';

/**
 * A new UUIDv7 string; brand it with the schema of the entity it names (see ids.ts). Kept apart
 * from the schemas so the app shell can make ids without loading zod.
 */
export function newId(): string {
  return uuidv7();
}

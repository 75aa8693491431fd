import { createHash, randomBytes } from 'node:crypto';

/** A new device token: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a token: its SHA-256. A token is 256 random bits, so a fast hash is enough (no
 * salt or stretching needed), and a leaked database file holds nothing that signs in.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

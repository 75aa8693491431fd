/**
 * Every message between the page and the service worker. One union so a typo is a compile
 * error (Squoosh sends bare strings; this catches what they cannot).
 */
export type SwMessage = { type: 'SKIP_WAITING' } | { type: 'GET_BUILD_ID' };

export type SwReply = { type: 'BUILD_ID'; buildId: string };

export function isSwMessage(data: unknown): data is SwMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  return data.type === 'SKIP_WAITING' || data.type === 'GET_BUILD_ID';
}

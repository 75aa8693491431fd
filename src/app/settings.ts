import { createStore, get, set } from 'idb-keyval';

/**
 * Device settings live in their own small IndexedDB store (idb-keyval), apart from the synced
 * data, so clearing or migrating one never touches the other.
 */
const store = createStore('cchc-settings', 'settings');

export type Lang = 'vi' | 'en';

/** Who is signed in on this device; the token is what sync sends, the user what the UI shows. */
export interface Session {
  token: string;
  deviceId: string;
  user: { id: string; username: string; displayName: string; role: 'admin' | 'inspector' };
}

export interface DeviceSettings {
  lang: Lang;
  session: Session | null;
}

const defaults: DeviceSettings = { lang: 'vi', session: null };

export async function getSetting<K extends keyof DeviceSettings>(key: K): Promise<DeviceSettings[K]> {
  const value = await get<DeviceSettings[K]>(key, store);
  return value ?? defaults[key];
}

export function setSetting<K extends keyof DeviceSettings>(key: K, value: DeviceSettings[K]): Promise<void> {
  return set(key, value, store);
}

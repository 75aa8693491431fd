import { createStore, get, set } from 'idb-keyval';

/**
 * Device settings live in their own small IndexedDB store (idb-keyval), apart from the synced
 * data, so clearing or migrating one never touches the other.
 */
const store = createStore('cchc-settings', 'settings');

export type Lang = 'vi' | 'en';

export interface DeviceSettings {
  lang: Lang;
}

const defaults: DeviceSettings = { lang: 'vi' };

export async function getSetting<K extends keyof DeviceSettings>(key: K): Promise<DeviceSettings[K]> {
  const value = await get<DeviceSettings[K]>(key, store);
  return value ?? defaults[key];
}

export function setSetting<K extends keyof DeviceSettings>(key: K, value: DeviceSettings[K]): Promise<void> {
  return set(key, value, store);
}

import { getSetting, type Lang, setSetting } from './settings.ts';

/*
 * The language is a device setting (idb-keyval), mirrored in localStorage: the first render reads the
 * mirror synchronously instead of waiting for a second IndexedDB database to open, a wait that came
 * before anything else on every cold start.
 */
const MIRROR_KEY = 'cchc:lang';

function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** The language to render with now: the mirror, or Vietnamese before the mirror exists. */
export function mirroredLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(MIRROR_KEY);
    return isLang(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

function mirror(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(MIRROR_KEY, lang);
  } catch {
    // No localStorage: the setting still holds it, only the first render of a start may be in Vietnamese.
  }
}

/** The stored setting (it wins over the mirror, which it refreshes). */
export async function storedLang(): Promise<Lang> {
  const lang = await getSetting('lang');
  mirror(lang);
  return lang;
}

export function storeLang(lang: Lang): Promise<void> {
  mirror(lang);
  return setSetting('lang', lang);
}

import { useEffect, useState } from 'preact/hooks';

const FACES = ['13pt Tinos', 'bold 13pt Tinos', 'italic 13pt Tinos', 'italic bold 13pt Tinos'];
// Text with letters of both subsets, so the Latin and the Vietnamese file of each face are fetched.
const SAMPLE = 'Aa Đđ Ơơ Ưư ệ ộ ữ';

/**
 * Whether the four Tinos faces are loaded. Printing before that would fall back to another serif
 * for part of the page, so the "In" button waits for it.
 */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.all(FACES.map((face) => document.fonts.load(face, SAMPLE)))
      .then(() => document.fonts.ready)
      .catch((error: unknown) => console.error('print fonts failed to load', error))
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
  }, []);
  return ready;
}

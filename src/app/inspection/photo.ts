// One copy of the compression library serves both threads: the page loads its UMD build as a classic
// script (the `?url` asset, precached like every script), and the library's web worker loads the same
// file with importScripts, so compression works offline and the library is never bundled twice.
import compressionLibUrl from 'browser-image-compression/dist/browser-image-compression.js?url';
import type { PreparedPhoto } from '../data/evidence.ts';

type ImageCompression = typeof import('browser-image-compression').default;

/** Longest side of a stored photo: enough to read a document on screen or in print. */
export const PHOTO_MAX_SIDE = 1600;

let library: Promise<ImageCompression> | undefined;

function loadLibrary(): Promise<ImageCompression> {
  library ??= new Promise<ImageCompression>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = compressionLibUrl;
    script.onload = () => {
      // The UMD build sets a global; the page has no other way to reach it.
      const loaded = (globalThis as unknown as { imageCompression?: ImageCompression }).imageCompression;
      if (loaded) resolve(loaded);
      else reject(new Error('browser-image-compression did not load'));
    };
    script.onerror = () => {
      library = undefined;
      reject(new Error('browser-image-compression could not be fetched'));
    };
    document.head.append(script);
  });
  return library;
}

/**
 * Shrinks a camera photo on the device before it is kept: JPEG, long side ≤ 1600 px, in the
 * library's web worker (it falls back to the main thread by itself if the worker cannot start).
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  const imageCompression = await loadLibrary();
  const compressed = await imageCompression(file, {
    maxWidthOrHeight: PHOTO_MAX_SIDE,
    maxSizeMB: 1,
    fileType: 'image/jpeg',
    initialQuality: 0.8,
    useWebWorker: true,
    libURL: new URL(compressionLibUrl, window.location.href).href,
  });
  const bitmap = await createImageBitmap(compressed);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  // A File would carry its name into IndexedDB; a plain Blob with the bytes and type is all we keep.
  return { blob: new Blob([compressed], { type: 'image/jpeg' }), ...size };
}

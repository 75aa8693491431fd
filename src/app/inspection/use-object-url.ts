import { useEffect, useState } from 'preact/hooks';

/**
 * An object URL for showing a stored Blob, made for display only and revoked when the component
 * goes away or the blob changes (a URL is never stored: it dies with the page).
 */
export function useObjectUrl(blob: Blob | null | undefined): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!blob) {
      setUrl(undefined);
      return;
    }
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  return url;
}

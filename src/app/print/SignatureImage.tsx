import { useEffect, useState } from 'preact/hooks';

/** A signature PNG from the device's blob store, shown through an object URL freed on unmount. */
export function SignatureImage({ blob, alt }: { blob: Blob | undefined; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (blob === undefined) return;
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [blob]);
  return url === null ? null : <img src={url} alt={alt} />;
}

import { useLiveQuery } from '../live-query.ts';
import { useInspection } from './inspection-state.ts';
import { useObjectUrl } from './use-object-url.ts';

/** An image kept in `blobs`, shown through a short-lived object URL. */
export function StoredImage({
  sha256,
  alt,
  class: className,
}: {
  sha256: string;
  alt: string;
  class?: string;
}) {
  const state = useInspection();
  const blob = useLiveQuery(state.blobQuery(sha256), [sha256]);
  const url = useObjectUrl(blob);
  return url ? (
    <img src={url} alt={alt} class={className} />
  ) : (
    <span class={`${className ?? ''} img-placeholder`} />
  );
}

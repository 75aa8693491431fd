import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/**
 * The document number typed on the toolbar, starting from `?so=` in the address so a link can carry
 * it. It is not stored: the number is given when the office registers the signed document.
 */
export function useDocNumber(): [string, (value: string) => void] {
  const { query } = useLocation();
  const [number, setNumber] = useState(query.so ?? '');
  return [number, setNumber];
}

import { useEffect, useRef } from 'preact/hooks';
import SignaturePad from 'signature_pad';

export interface SignaturePadHandle {
  isEmpty(): boolean;
  clear(): void;
  toPng(): Promise<Blob>;
}

export interface SignaturePadCanvasProps {
  label: string;
  onReady: (handle: SignaturePadHandle) => void;
  onInk: (hasInk: boolean) => void;
}

/** A drawing surface for a signature (finger, stylus or mouse), sized for the screen's pixel density. */
export function SignaturePadCanvas({ label, onReady, onInk }: SignaturePadCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { penColor: '#1d1b18', backgroundColor: 'rgba(0,0,0,0)' });
    pad.addEventListener('endStroke', () => onInk(!pad.isEmpty()));
    onReady({
      isEmpty: () => pad.isEmpty(),
      clear: () => {
        pad.clear();
        onInk(false);
      },
      toPng: () =>
        new Promise<Blob>((resolve, reject) =>
          canvas.toBlob(
            (blob) => (blob ? resolve(blob) : reject(new Error('canvas gave no PNG'))),
            'image/png',
          ),
        ),
    });
    return () => pad.off();
  }, []);
  return (
    <canvas ref={ref} class="signature-canvas" role="img" aria-label={label} data-testid="signature-canvas" />
  );
}

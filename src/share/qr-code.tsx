import { useMemo } from 'react';
import { encode } from 'uqr';

/** A QR code of `text` as SVG, dark on white with a quiet zone, for phones in a classroom to scan off a projector. */
export function QrCode({ text, size = 220, label }: { text: string; size?: number; label: string }) {
  const { path, count } = useMemo(() => {
    const { data } = encode(text, { ecc: 'M', border: 2 });
    let d = '';
    data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
    return { path: d, count: data.length };
  }, [text]);
  return (
    <svg
      className="qr-code"
      width={size}
      height={size}
      viewBox={`0 0 ${count} ${count}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={count} height={count} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

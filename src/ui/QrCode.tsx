import { useMemo } from 'react';
import { renderSVG } from 'uqr';

interface Props {
  url: string;
  /** The image's accessible name. */
  label: string;
  testId: string;
  /** Drawn size in CSS pixels (it is a vector image: any size stays sharp). */
  size?: number;
  className?: string;
}

/** The QR code of a link, as an SVG image a phone camera reads off a screen or a projector. */
export function QrCode({ url, label, testId, size = 180, className }: Props) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(url))}`, [url]);
  return <img className={className} data-testid={testId} src={src} alt={label} width={size} height={size} />;
}

import type { jsPDF } from 'jspdf';
import type { Journey } from '../../domain/journey';
import { write } from './draw';
import type { PageFrame } from './geometry';
import type { PdfOptions } from './plan';

export interface MapPicture {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** The canvas as drawn (the same renderer as the PNG export), at a resolution that prints well. */
export async function mapPicture(journey: Journey, options: PdfOptions): Promise<MapPicture> {
  const { exportMapPng } = await import('../png/exportPng');
  const png = await exportMapPng(journey, {
    locale: options.locale,
    view: 'canvas',
    pixelRatio: 1.5,
    curveOverlay: options.curveOverlay,
    personaId: options.personaId,
  });
  return { bytes: new Uint8Array(await png.blob.arrayBuffer()), width: png.width, height: png.height };
}

/** A page with the map picture fitted inside the margins, under a title. */
export function drawMapImagePage(doc: jsPDF, frame: PageFrame, picture: MapPicture, title: string) {
  const { content } = frame;
  const titleSize = 14 * frame.scale;
  write(doc, title, content.x, content.y + titleSize, { weight: 'bold', size: titleSize });
  const top = content.y + titleSize * 2;
  const room = { width: content.width, height: content.height - (top - content.y) };
  const scale = Math.min(room.width / picture.width, room.height / picture.height);
  const width = picture.width * scale;
  const height = picture.height * scale;
  // 'FAST' compresses the PNG; without it jsPDF stores it raw (megabytes for one map).
  doc.addImage(picture.bytes, 'PNG', content.x + (room.width - width) / 2, top, width, height, undefined, 'FAST');
}

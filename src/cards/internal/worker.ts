/** A card-rendering worker for the tinypool pool (./pool.ts): one renderer (fonts parsed once), a card in, PNG bytes out. */
import { threadId } from 'node:worker_threads';
import type { CardData } from '../card-data.ts';
import { createRenderer } from '../render.ts';
import type { RenderResult } from './pool.ts';

const renderer = createRenderer();

export default async function renderCard(card: CardData): Promise<RenderResult> {
  const warnings: string[] = [];
  const png = await renderer.render(card, (w) => warnings.push(w));
  return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), warnings, worker: threadId };
}

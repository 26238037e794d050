/** A card-rendering worker: one renderer (fonts parsed once), cards in, PNG bytes out. */
import { parentPort } from 'node:worker_threads';
import type { CardData } from '../card-data.ts';
import { createRenderer } from '../render.ts';

export interface WorkerRequest {
  id: number;
  card: CardData;
}
export interface WorkerResponse {
  id: number;
  png?: Uint8Array;
  error?: string;
  warnings: string[];
}

const renderer = createRenderer();
parentPort!.on('message', async ({ id, card }: WorkerRequest) => {
  const warnings: string[] = [];
  try {
    const png = await renderer.render(card, (w) => warnings.push(w));
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    parentPort!.postMessage({ id, png: bytes, warnings } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error), warnings } satisfies WorkerResponse);
  }
});

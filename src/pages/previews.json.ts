/** The preview cards' data (src/index/previews.ts), one static file per site. */
import index from 'virtual:explainer/index';
import { buildPreviews } from '../index/previews.ts';

export function GET(): Response {
  return new Response(JSON.stringify(buildPreviews(index, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

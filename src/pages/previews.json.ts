/** The preview cards' data (src/views/previews.ts), one static file per site. */
import index from 'virtual:explainer/index';
import { buildPreviews } from '../views/previews.ts';

export function GET(): Response {
  return new Response(JSON.stringify(buildPreviews(index, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

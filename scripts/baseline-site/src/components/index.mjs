import Actor from './Actor.astro';
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Term from './Term.astro';
export const components = { Actor, Aside, Cite, Figure, Quote, Term };

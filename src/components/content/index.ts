/** The components content may use without import, as passed to every rendered MDX body. */
import Actor from './Actor.astro';
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import MapFigure from './Map.astro';
import Quote from './Quote.astro';
import Term from './Term.astro';

export const contentComponents = { Term, Actor, Cite, Figure, Quote, Aside, Map: MapFigure };

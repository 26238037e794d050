/**
 * Every diagnostic `npm run check` can print has a stable code: tools (the GitHub annotations, the
 * JSON output, editors) key on it, and AUTHORING.md's error reference lists each one. Add a code
 * here before using it; never rename one (scripts and CI filters depend on them).
 */
/**
 * The project may warn about anything; it may reject only what the content contract (CONTRACT.md,
 * "Errors and warnings"; cited as "§2" in the clauses) forbids, or what cannot be rendered at all.
 * So an error code names its `clause`: the words of the contract that forbid it, or why it cannot
 * be rendered. Everything else is a warning.
 */
export type CodeEntry = { summary: string; severity: 'warning' } | { summary: string; severity: 'error'; clause: string };

export const DIAGNOSTIC_CODES = {
  // Reading files
  'missing-file': { summary: 'a required content file (site.yaml, sources.yaml, figures.yaml, timeline.yaml) is missing', severity: 'error', clause: "§2 content/: site.yaml, sources.yaml, figures.yaml and timeline.yaml are part of every content folder (only sources/<id>.txt is optional)" },
  'unreadable-file': { summary: 'a content file cannot be read', severity: 'error', clause: "cannot be rendered: the file cannot be read at all" },
  'not-utf8': { summary: 'a file has bytes that are not UTF-8 text', severity: 'warning' },
  'not-mdx': { summary: 'a content file ends in .md instead of .mdx', severity: 'warning' },
  'invalid-file-name': { summary: 'a file name is not a valid id', severity: 'error', clause: "§2: slugs are lowercase ASCII with hyphens, and an entry's id (its file name and its route) is its slug" },
  'file-name-mismatch': { summary: "a file name does not match the slug of the entry's name", severity: 'warning' },
  'orphan-source-text': { summary: 'an archived source text has no source in sources.yaml', severity: 'warning' },
  'unprocessable-file': { summary: 'a file could not be processed at all', severity: 'error', clause: "cannot be rendered: the file could not be processed" },
  'check-failed': { summary: 'the check itself failed; a bug to report', severity: 'error', clause: "cannot be rendered: the check itself failed, so nothing is known to be safe to build" },
  'logo-missing': { summary: 'the publisherLogo named in site.yaml is not in the content folder (pages and cards leave the logo out)', severity: 'warning' },
  'logo-unreadable': { summary: 'the publisherLogo is not a PNG, or an SVG without a size (pages and cards leave the logo out)', severity: 'warning' },
  'logo-large': { summary: 'the publisherLogo is over 50 KB, and every page and card carries it', severity: 'warning' },
  // YAML and frontmatter
  'yaml-syntax': { summary: 'YAML that cannot be parsed', severity: 'error', clause: "cannot be rendered: YAML that cannot be parsed has no fields to read" },
  'duplicate-field': { summary: 'the same field appears twice', severity: 'error', clause: "cannot be rendered: YAML does not allow a key twice in one map (YAML 1.2, §3.2.1.1), so which value is meant is unknown" },
  'not-a-list': { summary: 'a YAML file that must be a list is not one', severity: 'error', clause: "§2: sources.yaml, figures.yaml and timeline.yaml are each \"a list of\" entries" },
  'no-frontmatter': { summary: 'an MDX file without frontmatter', severity: 'error', clause: "§2: articles, actors and glossary entries are MDX with frontmatter holding their required fields" },
  placeholder: { summary: 'text or a field still holds the placeholder written by npm run new', severity: 'error', clause: "§2: required fields and an article's body must be written (\"The body may not be empty\"); a TODO left by npm run new marks one that is not yet written" },
  // Schema
  'unknown-field': { summary: 'a field the contract does not have', severity: 'warning' },
  'missing-field': { summary: 'a required field is missing', severity: 'error', clause: "§2: fields not marked ? are required" },
  'wrong-type': { summary: 'a field holds the wrong kind of value', severity: 'error', clause: "§2: each field's kind of value (text, a list of ids, a number for value, a map for translations, true/false for draft)" },
  'not-one-of': { summary: 'a field holds a value outside its allowed list', severity: 'error', clause: "§2: kind, category and precision are one of the values listed (places.yaml kind: the project's own optional file)" },
  'invalid-key': { summary: 'a map has a key that is not allowed', severity: 'error', clause: "§2: translations is a map of language → term" },
  'too-long': { summary: 'a text is longer than the field allows', severity: 'error', clause: "§2: an article's summary is ≤ 200 characters, an actor's or term's ≤ 240" },
  'long-title': { summary: 'a title longer than social cards and search results show', severity: 'warning' },
  'empty-field': { summary: 'a text field is empty', severity: 'error', clause: "§2: required fields need a value; cannot be rendered: an empty title, name or label is a link or heading with no text" },
  'too-few': { summary: 'a list has fewer items than the field needs', severity: 'error', clause: "cannot be rendered: a figure with no claim has no number to show (§2: claims is the figure's list of { value, asOf, source })" },
  'out-of-range': { summary: 'a number outside its range', severity: 'error', clause: "cannot be rendered: a latitude or longitude outside the globe has no place on a map (places.yaml, the project's own optional file)" },
  'invalid-format': { summary: 'a value not in its required format (date, id, URL, language tag)', severity: 'error', clause: "§2: dates are ISO YYYY-MM-DD, ids are slugs, the site url is absolute and language is BCP 47; a source url that is not an http(s) address cannot be rendered as a link" },
  'invalid-value': { summary: 'a value the field does not accept', severity: 'error', clause: "§2: the value does not have the field's kind" },
  // MDX bodies
  'mdx-syntax': { summary: 'MDX that cannot be parsed', severity: 'error', clause: "cannot be rendered: MDX that cannot be parsed" },
  'empty-body': { summary: 'an article without text', severity: 'error', clause: "§2: \"The body may not be empty\" (articles)" },
  'forbidden-import': { summary: 'import or export in content', severity: 'error', clause: "§2: content may not contain import/export" },
  'forbidden-expression': { summary: 'code in curly braces in content', severity: 'error', clause: "§2: content may not contain JavaScript expressions in braces" },
  'forbidden-url': { summary: 'a link or attribute with a forbidden URL scheme (javascript: …)', severity: 'error', clause: "§2: content may not contain javascript: URLs (nor vbscript:, data: or file:, which smuggle code the same way)" },
  'forbidden-html': { summary: 'raw HTML, or an HTML element or attribute content may not use', severity: 'error', clause: "§2: content may not contain raw <script>/<style>/<iframe>; bodies use Markdown and the site's components, and other raw HTML cannot be rendered safely" },
  'forbidden-event-handler': { summary: 'an event-handler attribute (onclick …)', severity: 'error', clause: "§2: content may not contain event-handler attributes" },
  'unknown-component': { summary: 'a component that does not exist', severity: 'error', clause: "cannot be rendered: §2 lists the components content may use, and any other is not defined" },
  'unknown-attribute': { summary: 'an attribute a component does not take', severity: 'warning' },
  'missing-attribute': { summary: 'a component without a required attribute', severity: 'error', clause: "§2: each component names what it shows (<Term id>, <Cite id>, <Quote source by>, <Aside kind> …); cannot be rendered without it" },
  'invalid-attribute': { summary: 'an attribute value outside its allowed list, or empty', severity: 'error', clause: "§2: <Aside kind> is note, unknown or next; an attribute with no value cannot be rendered" },
  'component-children': { summary: 'a component that must wrap text is empty, or one that must not wraps text', severity: 'error', clause: "§2: <Cite id /> and <Figure id /> stand alone; <Term>, <Actor>, <Quote> and <Aside> wrap text (an empty one cannot be rendered)" },
  // References between files
  'unknown-source': { summary: 'a source id that sources.yaml does not have', severity: 'error', clause: "§2: sources.yaml holds every source any page cites; cannot be rendered: a citation of nothing" },
  'unknown-actor': { summary: 'an actor id with no file in content/actors/', severity: 'error', clause: "cannot be rendered: a link to an actor that does not exist (§2: an entry's id is its slug)" },
  'unknown-term': { summary: 'a term id with no file in content/glossary/', severity: 'error', clause: "cannot be rendered: a link to a term that does not exist (§2: an entry's id is its slug)" },
  'unknown-figure': { summary: 'a figure id that figures.yaml does not have', severity: 'error', clause: "cannot be rendered: a figure that figures.yaml does not have" },
  'unknown-place': { summary: 'a place id that places.yaml does not have', severity: 'error', clause: "cannot be rendered: a place that places.yaml does not have" },
  'no-sources': { summary: 'a page or event whose sources list is empty', severity: 'warning' },
  'empty-id-list': { summary: 'a component attribute that lists no ids', severity: 'error', clause: "cannot be rendered: a map of no place" },
  'duplicate-id': { summary: 'an id used twice in one YAML list', severity: 'error', clause: "cannot be rendered: a reference to an id used twice could mean either entry" },
  'name-clash': { summary: 'a name, term or alias that belongs to two entries (case, accents, and hyphens against spaces aside)', severity: 'error', clause: "§2: a name, term or alias belongs to one entry only (compared case- and accent-insensitively)" },
  'updated-before-published': { summary: 'an article updated before it was published', severity: 'warning' },
  'updated-behind-updates': { summary: "an article's updated date is older than its latest update", severity: 'warning' },
  // Editorial checks
  'quote-not-verbatim': { summary: "a quotation not found in its source's archived text", severity: 'error', clause: "§2: <Quote> is checked against sources/<id>.txt when that exists" },
  'quote-unchecked': { summary: 'a quotation whose source has no archived text to check it against', severity: 'warning' },
  'unattributed-number': { summary: 'a number in a sentence with no source', severity: 'warning' },
  'timeline-ahead-of-article': { summary: 'a timeline event later than the articles about the same people or terms', severity: 'warning' },
  'unknown-country': { summary: 'a country place with no outline on the map', severity: 'warning' },
  'unquoted-source-words': { summary: 'eight or more words copied from an archived source without quotation marks', severity: 'warning' },
  'cited-beyond-source': { summary: 'a date or number cited only to a source whose archived text does not contain it', severity: 'warning' },
  'undated-role': { summary: 'an actor summary that states a current office without an as-of date', severity: 'warning' },
} as const satisfies Record<string, CodeEntry>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
/** Codes whose diagnostics stop the build: each names the contract clause that makes it one. */
export type ErrorCode = { [K in DiagnosticCode]: (typeof DIAGNOSTIC_CODES)[K]['severity'] extends 'error' ? K : never }[DiagnosticCode];
export type WarningCode = Exclude<DiagnosticCode, ErrorCode>;

/**
 * Every diagnostic `npm run check` can print has a stable code: tools (the GitHub annotations, the
 * JSON output, editors) key on it, and AUTHORING.md's error reference lists each one. Add a code
 * here before using it; never rename one (scripts and CI filters depend on them).
 */
export const DIAGNOSTIC_CODES = {
  // Reading files
  'missing-file': { summary: 'a required content file (site.yaml, sources.yaml, figures.yaml, timeline.yaml) is missing' },
  'unreadable-file': { summary: 'a content file cannot be read' },
  'not-utf8': { summary: 'a file has bytes that are not UTF-8 text' },
  'not-mdx': { summary: 'a content file ends in .md instead of .mdx' },
  'invalid-file-name': { summary: 'a file name is not a valid id' },
  'file-name-mismatch': { summary: "a file name does not match the slug of the entry's name" },
  'orphan-source-text': { summary: 'an archived source text has no source in sources.yaml' },
  'logo-missing': { summary: "the publisherLogo named in site.yaml is not in the content folder" },
  'logo-unreadable': { summary: 'the publisherLogo is not a PNG, or an SVG without a size' },
  'logo-large': { summary: 'the publisherLogo is over 50 KB, and every page and card carries it' },
  'unprocessable-file': { summary: 'a file could not be processed at all' },
  'check-failed': { summary: 'the check itself failed; a bug to report' },
  // YAML and frontmatter
  'yaml-syntax': { summary: 'YAML that cannot be parsed' },
  'duplicate-field': { summary: 'the same field appears twice' },
  'not-a-list': { summary: 'a YAML file that must be a list is not one' },
  'no-frontmatter': { summary: 'an MDX file without frontmatter' },
  placeholder: { summary: 'text or a field still holds the placeholder written by npm run new' },
  // Schema
  'unknown-field': { summary: 'a field the contract does not have' },
  'missing-field': { summary: 'a required field is missing' },
  'wrong-type': { summary: 'a field holds the wrong kind of value' },
  'not-one-of': { summary: 'a field holds a value outside its allowed list' },
  'invalid-key': { summary: 'a map has a key that is not allowed' },
  'too-long': { summary: 'a text is longer than the field allows' },
  'empty-field': { summary: 'a text field is empty' },
  'too-few': { summary: 'a list has fewer items than the field needs' },
  'out-of-range': { summary: 'a number outside its range' },
  'invalid-format': { summary: 'a value not in its required format (date, id, URL, language tag)' },
  'invalid-value': { summary: 'a value the field does not accept' },
  // MDX bodies
  'mdx-syntax': { summary: 'MDX that cannot be parsed' },
  'empty-body': { summary: 'an article without text' },
  'forbidden-import': { summary: 'import or export in content' },
  'forbidden-expression': { summary: 'code in curly braces in content' },
  'forbidden-url': { summary: 'a link or attribute with a forbidden URL scheme (javascript: …)' },
  'forbidden-html': { summary: 'raw HTML, or an HTML element or attribute content may not use' },
  'forbidden-event-handler': { summary: 'an event-handler attribute (onclick …)' },
  'unknown-component': { summary: 'a component that does not exist' },
  'unknown-attribute': { summary: 'an attribute a component does not take' },
  'missing-attribute': { summary: 'a component without a required attribute' },
  'invalid-attribute': { summary: 'an attribute value outside its allowed list, or empty' },
  'component-children': { summary: 'a component that must wrap text is empty, or one that must not wraps text' },
  // References between files
  'unknown-source': { summary: 'a source id that sources.yaml does not have' },
  'unknown-actor': { summary: 'an actor id with no file in content/actors/' },
  'unknown-term': { summary: 'a term id with no file in content/glossary/' },
  'unknown-figure': { summary: 'a figure id that figures.yaml does not have' },
  'unknown-place': { summary: 'a place id that places.yaml does not have' },
  'empty-id-list': { summary: 'a component attribute that lists no ids' },
  'duplicate-id': { summary: 'an id used twice in one YAML list' },
  'name-clash': { summary: 'a name, term or alias that belongs to two entries' },
  'updated-before-published': { summary: 'an article updated before it was published' },
  'updated-behind-updates': { summary: "an article's updated date is older than its latest update" },
  // Editorial checks
  'quote-not-verbatim': { summary: "a quotation not found in its source's archived text" },
  'quote-unchecked': { summary: 'a quotation whose source has no archived text to check it against' },
  'unattributed-number': { summary: 'a number in a sentence with no source' },
  'timeline-ahead-of-article': { summary: 'a timeline event later than the articles about the same people or terms' },
  'unknown-country': { summary: 'a country place with no outline on the map' },
} as const satisfies Record<string, { summary: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/**
 * The content guard: content is data, so nothing in an MDX body may run code at build time or in
 * a reader's browser. Reports every forbidden construct with its place.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { ALLOWED_HTML, ALLOWED_HTML_ATTRIBUTES, CONTENT_COMPONENTS } from '../components.ts';
import type { ErrorCode, Place } from '../../core/diagnostics.ts';
import { didYouMean } from '../../core/suggest.ts';
import { nodePlace } from '../mdx-nodes.ts';

export interface GuardProblem {
  place: Place;
  message: string;
  fix: string;
  code: ErrorCode | 'unknown-attribute';
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const DANGEROUS_URL = /^(?:javascript|vbscript|data|file):/i;
const COMPONENT_NAMES = Object.keys(CONTENT_COMPONENTS);
const COMPONENT_LIST = COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');

/** True for URLs that would run code or smuggle a document (`javascript:`, `data:` …), however disguised. */
export function isDangerousUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside the scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside a URL's scheme, so the guard must too.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').replace(/&#x?0*(9|a|d|10|13);?/gi, '');
  return DANGEROUS_URL.test(compact);
}

/** A comment `{/* … *\/}` compiles to nothing, so it is the one brace form content may use. */
function isComment(value: string): boolean {
  return /^\s*\/\*[\s\S]*?\*\/\s*$/.test(value) && value.indexOf('*/') === value.lastIndexOf('*/');
}

export function guardTree(tree: Root): GuardProblem[] {
  const problems: GuardProblem[] = [];
  const report = (code: ErrorCode | 'unknown-attribute', node: Parameters<typeof nodePlace>[0], message: string, fix: string): void => {
    problems.push({ place: nodePlace(node), message, fix, code });
  };

  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report('forbidden-import', node, '`import`/`export` is not allowed in content', `delete the line: the components ${COMPONENT_NAMES.join(', ')} work without import`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) {
          report('forbidden-expression', node, `code in curly braces is not allowed in content: {${node.value.trim().slice(0, 40)}}`, 'remove the { }; content is text, not code');
        }
        return;
      case 'link':
      case 'image':
      case 'definition':
        if (isDangerousUrl(node.url)) {
          report('forbidden-url', node, `the link "${node.url.slice(0, 40)}" uses a forbidden scheme`, 'links must be https://…, a site path like /glossary/coca/, or #anchor');
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report);
        return;
      case 'html':
        report('forbidden-html', node, 'raw HTML is not allowed in content', `use Markdown or one of the components ${COMPONENT_LIST}`);
        return;
      default:
        return;
    }
  });
  return problems;
}

function checkElement(node: JsxElement, report: (code: ErrorCode | 'unknown-attribute', node: JsxElement, message: string, fix: string) => void): void {
  const name = node.name;
  if (!name) {
    report('forbidden-html', node, 'an empty tag <> is not allowed in content', 'remove the <> and </>');
    return;
  }
  const spec = CONTENT_COMPONENTS[name];
  const isHtml = !spec && /^[a-z]/.test(name) && ALLOWED_HTML.has(name);
  if (!spec && !isHtml) {
    if (/^[a-z]/.test(name)) {
      report('forbidden-html', node, `raw HTML <${name}> is not allowed in content`, `use Markdown or one of the components ${COMPONENT_LIST}`);
    } else {
      const hint = didYouMean(name, COMPONENT_NAMES);
      report('unknown-component', node, `unknown component <${name}>`, hint ? `${hint} The components are ${COMPONENT_LIST}` : `the components are ${COMPONENT_LIST}`);
    }
  }
  for (const attribute of node.attributes) checkAttribute(node, name, attribute, report);
  if (!spec) return;

  const given = new Set(node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : [])));
  for (const [prop, propSpec] of Object.entries(spec.props)) {
    if (propSpec.required && !given.has(prop)) {
      report('missing-attribute', node, `<${name}> needs a ${prop}="…" attribute`, `write it like ${spec.example}`);
    }
  }
  const hasChildren = node.children.some((c) => c.type !== 'text' || c.value.trim() !== '');
  if (spec.children === 'none' && hasChildren) {
    report('component-children', node, `<${name}> does not wrap text`, `close it on its own: ${spec.example}`);
  } else if (spec.children === 'required' && !hasChildren) {
    report('component-children', node, `<${name}> is empty`, `put the text between the tags: ${spec.example}`);
  }
}

function checkAttribute(
  node: JsxElement,
  name: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  report: (code: ErrorCode | 'unknown-attribute', node: JsxElement, message: string, fix: string) => void,
): void {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    report('forbidden-expression', node, `<${name}> has a {…} spread attribute, which is code`, 'write each attribute as name="value"');
    return;
  }
  const attr = attribute.name;
  if (/^on/i.test(attr)) {
    report('forbidden-event-handler', node, `the event-handler attribute ${attr} is not allowed in content`, 'remove it: content cannot run scripts');
    return;
  }
  if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
    report('forbidden-expression', node, `<${name} ${attr}={…}> uses code in curly braces`, `write it as ${attr}="value"`);
    return;
  }
  if (typeof attribute.value === 'string' && isDangerousUrl(attribute.value)) {
    report('forbidden-url', node, `<${name} ${attr}> holds a forbidden URL "${attribute.value.slice(0, 40)}"`, 'use an https:// URL or a site path');
    return;
  }
  const spec = CONTENT_COMPONENTS[name];
  if (spec) {
    const propSpec = spec.props[attr];
    if (!propSpec) {
      const hint = didYouMean(attr, Object.keys(spec.props));
      report('unknown-attribute', node, `<${name}> has no attribute "${attr}"`, hint || `it takes ${Object.keys(spec.props).join(', ')}`);
    } else if (propSpec.oneOf && typeof attribute.value === 'string' && !propSpec.oneOf.includes(attribute.value)) {
      const hint = didYouMean(attribute.value, propSpec.oneOf);
      report('invalid-attribute', node, `<${name} ${attr}="${attribute.value}"> is not one of ${propSpec.oneOf.join(', ')}`, hint || `use one of ${propSpec.oneOf.join(', ')}`);
    } else if (typeof attribute.value !== 'string') {
      report('invalid-attribute', node, `<${name} ${attr}> needs a value`, `write it as ${attr}="…"`);
    }
  } else if (!ALLOWED_HTML_ATTRIBUTES.has(attr)) {
    report('forbidden-html', node, `the attribute ${attr} is not allowed on <${name}>`, `allowed: ${[...ALLOWED_HTML_ATTRIBUTES].join(', ')}`);
  }
}

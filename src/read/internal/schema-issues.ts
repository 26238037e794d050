/** Turns zod issues into sentences for journalists, each placed on its YAML line. */
import type { z } from 'zod';
import { DIAGNOSTIC_CODES, type ErrorCode } from '../../core/diagnostic-codes.ts';
import { didYouMean } from '../../core/suggest.ts';
import { clip } from '../../core/text.ts';

export interface FieldProblem {
  /** Path of the value in the YAML, e.g. `['claims', 0, 'value']`. */
  path: PropertyKey[];
  /** For an unknown field, the key itself, so the message points at its line. */
  key?: string;
  message: string;
  fix?: string | undefined;
  /** An unknown field is a warning (the contract does not forbid it: the site ignores it); the rest are errors. */
  code: ErrorCode | 'unknown-field';
}

type Issue = z.core.$ZodIssue;

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined), data);
}

function describeType(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${clip(value, 30)}"`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list, e.g. [a, b] or one "- item" per line',
  object: 'a group of fields',
  date: 'a date YYYY-MM-DD',
  record: 'a group of fields, one "key: value" per line, e.g. es: término',
};

/** The field names a schema accepts at `path` (for "did you mean" on unknown fields). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const part of path) {
    current = unwrap(current);
    const def = (current as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (def?.type === 'array') current = def.element;
    else if (def?.type === 'object' && def.shape) current = def.shape[String(part)];
    else return [];
  }
  const def = (unwrap(current) as { def?: { shape?: Record<string, unknown> } }).def;
  return def?.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown; out?: unknown } };
  while (current?.def && (current.def.type === 'optional' || current.def.type === 'pipe' || current.def.type === 'default')) {
    current = (current.def.type === 'pipe' ? current.def.out : current.def.innerType) as typeof current;
  }
  return current;
}

export function describeIssues(schema: z.ZodType, data: unknown, issues: readonly Issue[]): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path as PropertyKey[];
    const field = fieldName(path);
    const value = valueAt(data, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        return issue.keys.map((k) => ({
          path,
          key: k,
          message: `unknown field "${fieldName([...path, k])}"`,
          code: 'unknown-field' as const,
          fix: didYouMean(k, known) || `remove it; the fields here are ${known.join(', ')}`,
        }));
      }
      case 'invalid_type':
        if (value === undefined) {
          return [{ path, message: `"${field}" is missing`, fix: `add ${String(path[path.length - 1])}: …`, code: 'missing-field' }];
        }
        if (!path.length) return [{ path, message: `this entry should be a group of fields, one "name: value" per line, but is ${describeType(value)}`, fix: 'write each field on its own line, e.g. title: …', code: 'wrong-type' }];
        return [{ path, message: `"${field}" should be ${EXPECTED[issue.expected] ?? issue.expected} but is ${describeType(value)}`, fix: issue.message.startsWith('must') ? issue.message : undefined, code: 'wrong-type' }];
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        if (value === undefined) return [{ path, message: `"${field}" is missing`, fix: `add ${String(path[path.length - 1])}: with one of ${allowed.join(', ')}`, code: 'missing-field' }];
        const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
        return [{ path, message: `"${field}" is ${describeType(value)}, which is not one of: ${allowed.join(', ')}`, fix: hint || `use one of ${allowed.join(', ')}`, code: 'not-one-of' }];
      }
      case 'invalid_key': {
        const inner = issue.issues[0]?.message;
        return [{ path, message: `"${String(path[path.length - 1])}" is not allowed as a key in "${fieldName(path.slice(0, -1))}"`, fix: inner?.startsWith('must') ? `it ${inner}` : 'check the spelling of the key', code: 'invalid-key' }];
      }
      default:
        return [{ path, message: `"${field}" ${issue.message}`, code: codeOf(issue, value) }];
    }
  });
}

/** The code of a zod issue the switch above leaves to zod's own (or the schema's) message. */
function codeOf(issue: Issue, value: unknown): ErrorCode {
  switch (issue.code) {
    case 'too_big':
      return typeof value === 'number' ? 'out-of-range' : 'too-long';
    case 'too_small':
      if (typeof value === 'number') return 'out-of-range';
      return Array.isArray(value) ? 'too-few' : 'empty-field';
    case 'invalid_format':
      return 'invalid-format';
    case 'custom': {
      // A refinement names its code in `params` (src/read/schema.ts), e.g. { code: 'invalid-format' }.
      const code = (issue.params as { code?: string } | undefined)?.code;
      return code && DIAGNOSTIC_CODES[code as ErrorCode]?.severity === 'error' ? (code as ErrorCode) : 'invalid-value';
    }
    default:
      return 'invalid-value';
  }
}

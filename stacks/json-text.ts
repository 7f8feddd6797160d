import { ParseErrorCode, createScanner, printParseErrorCode, visit } from "jsonc-parser";
import { quote } from "../constructs/errors";
import { textEncodingProblem } from "../constructs/read-file";
import { formatPath } from "./config-checks";

/*
 * JSON text to plain data, strictly: the config decides what gets deployed and what is protected,
 * so a key that JavaScript treats specially, a key given twice, or nesting that exhausts the
 * stack is refused with its place instead of being taken, silently dropped, or crashing.
 */

/** Far deeper than any config (7 levels), far shallower than what exhausts the parser's stack. */
export const MAX_JSON_DEPTH = 64;
/** Keys refused in any object: in JavaScript they reach an object's prototype, not its data. */
export const FORBIDDEN_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];
/** At most this many problems of the text are listed; the rest are counted. */
const MAX_TEXT_PROBLEMS = 20;

// jsonc-parser's SyntaxKind values; its enum is `const`, which isolatedModules cannot read.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

type Container = Record<string, unknown> | unknown[];
interface Frame {
  readonly container: Container;
  readonly path: (string | number)[];
  /** Key → "line L, column C" where it was first given, for objects. */
  readonly keys?: Map<string, string>;
  pendingKey?: string;
}

const at = (line: number, character: number) => `line ${line + 1}, column ${character + 1}`;

/**
 * How deep `text` nests, scanned without recursion: the offset where it first passes
 * `MAX_JSON_DEPTH`, or `undefined`.
 */
function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

function lineAndColumn(text: string, offset: number): string {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return at(line, offset - lineStart);
}

/** `problems`, with those past the cap counted in one last line. */
export function capProblems(problems: string[], max = MAX_TEXT_PROBLEMS): string[] {
  return problems.length <= max ? problems : [...problems.slice(0, max), `… and ${problems.length - max} more`];
}

/**
 * What the parser's "PropertyNameExpected" or "ValueExpected" means when the comma before `offset`
 * ends a list or an object (`[1, 2,]`, `{"a": 1,}`): a trailing comma, which JavaScript and
 * editors accept but JSON does not. Undefined for other errors.
 */
function trailingComma(text: string, offset: number, error: ParseErrorCode): string | undefined {
  const code = printParseErrorCode(error);
  if (code !== "PropertyNameExpected" && code !== "ValueExpected") return undefined;
  const close = text[offset];
  if (close !== "}" && close !== "]") return undefined;
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  if (text[before] !== ",") return undefined;
  return `a trailing comma before "${close}" (after the last ${close === "}" ? "key" : "item"}), which JSON does not allow: remove that comma`;
}

/**
 * Parses JSON text (no comments, no trailing commas) into objects without a prototype. Returns
 * the value, or the problems of the text, each with its line and column or its path.
 */
export function parseJsonText(text: string): { value: unknown; problems: string[] } {
  const encoding = textEncodingProblem(text);
  if (encoding) return { value: undefined, problems: [`not valid JSON text: ${encoding}`] };
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    return {
      value: undefined,
      problems: [`nested deeper than ${MAX_JSON_DEPTH} levels at ${lineAndColumn(text, deep)}; a config needs far fewer`],
    };
  }
  const syntax: string[] = [];
  const keys: string[] = [];
  const stack: Frame[] = [];
  let root: unknown;

  const add = (value: unknown) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = value;
      return;
    }
    if (Array.isArray(parent.container)) {
      parent.container.push(value);
    } else if (parent.pendingKey !== undefined) {
      // defineProperty, not assignment: no key can reach a setter.
      Object.defineProperty(parent.container, parent.pendingKey, { value, enumerable: true, writable: true, configurable: true });
      parent.pendingKey = undefined;
    }
  };
  const childPath = (): (string | number)[] => {
    const parent = stack[stack.length - 1];
    if (!parent) return [];
    return [...parent.path, Array.isArray(parent.container) ? parent.container.length : (parent.pendingKey ?? "")];
  };
  const open = (container: Container) => {
    const frame: Frame = { container, path: childPath(), keys: Array.isArray(container) ? undefined : new Map() };
    add(container);
    stack.push(frame);
  };

  visit(
    text,
    {
      onObjectBegin: () => open(Object.create(null) as Record<string, unknown>),
      onArrayBegin: () => open([]),
      onObjectEnd: () => void stack.pop(),
      onArrayEnd: () => void stack.pop(),
      onObjectProperty: (property, _offset, _length, line, character) => {
        const frame = stack[stack.length - 1];
        if (!frame?.keys) return;
        const path = formatPath([...frame.path, property]) || quote(property);
        if (FORBIDDEN_KEYS.includes(property)) {
          keys.push(
            `${path}: the key ${quote(property)} is refused (${at(line, character)}): in JavaScript it reaches an object's prototype, so its value could take effect unchecked`,
          );
        }
        const first = frame.keys.get(property);
        if (first !== undefined) {
          keys.push(`${path}: the key ${quote(property)} is given twice in one object (${first} and ${at(line, character)}); give it once`);
        } else {
          frame.keys.set(property, at(line, character));
        }
        frame.pendingKey = property;
      },
      onLiteralValue: (value, offset, length) => {
        // 1e999 reads as Infinity, which JSON cannot hold: say so with the number as written.
        if (typeof value === "number" && !Number.isFinite(value)) {
          const written = text.slice(offset, offset + Math.min(length, 40));
          keys.push(
            `${formatPath(childPath()) || "(top level)"}: the number ${written}${length > 40 ? "…" : ""} is too large for a double (it would read as Infinity)`,
          );
        }
        add(value);
      },
      onError: (error: ParseErrorCode, offset, _length, line, character) => {
        const message = `not valid JSON at ${at(line, character)}: ${trailingComma(text, offset, error) ?? printParseErrorCode(error)}`;
        // A trailing comma in an object is reported twice (no name, no value) at the same place.
        if (syntax[syntax.length - 1] !== message) syntax.push(message);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (syntax.length > 0) return { value: undefined, problems: capProblems(syntax) };
  if (keys.length > 0) return { value: undefined, problems: capProblems(keys) };
  return { value: root, problems: [] };
}

/**
 * The same refusals for data that did not come from `parseJsonText` (a caller's `JSON.parse`):
 * forbidden keys, nesting deeper than `MAX_JSON_DEPTH`, and values that are not JSON data.
 * Walks without recursion.
 */
export function dataProblems(data: unknown): string[] {
  const problems: string[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (pending.length > 0 && problems.length <= MAX_TEXT_PROBLEMS) {
    const { value, path } = pending.pop()!;
    if (typeof value !== "object" || value === null) continue;
    const where = formatPath(path) || "(top level)";
    if (path.length >= MAX_JSON_DEPTH) {
      problems.push(`${where}: nested deeper than ${MAX_JSON_DEPTH} levels; a config needs far fewer`);
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
      continue;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== null && prototype !== Object.prototype) {
      problems.push(`${where}: is ${quote(value)}, not plain JSON data`);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.includes(key)) {
        problems.push(`${formatPath([...path, key])}: the key ${quote(key)} is refused: in JavaScript it reaches an object's prototype`);
      } else {
        pending.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return capProblems(problems);
}

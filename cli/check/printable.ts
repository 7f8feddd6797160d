/**
 * Text from the network (DNS answers, certificates, HTTP headers) and from files is printed to a
 * terminal: a control character there can move the cursor, rewrite earlier lines (ANSI escapes)
 * or reverse the reading order (bidi overrides), so that a report says PASS where it failed.
 */

/** Control (C0, DEL, C1), format (bidi, zero-width), private-use, lone surrogates and line separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/gu;

function escape(character: string): string {
  const code = character.codePointAt(0) as number;
  if (character === "\n") return "\\n";
  if (character === "\r") return "\\r";
  if (character === "\t") return "\\t";
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}

/** `text` with every character that is not plainly visible written as an escape (`\x1b`, `\u{202e}`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}

/** The same, line by line, for messages whose own line breaks are part of the layout. */
export function printableLines(text: string): string {
  return text.split("\n").map(printable).join("\n");
}

/** A copy of `value` with every string in it made printable; for reports built from outside data. */
export function printableDeep<T>(value: T): T {
  if (typeof value === "string") return printable(value) as T;
  if (Array.isArray(value)) return value.map((item) => printableDeep(item)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableDeep(item)])) as T;
  }
  return value;
}

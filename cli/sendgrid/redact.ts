/**
 * The API key, removed from text that may echo it (an error body, a proxy's page) in the forms an
 * echo takes: as is, in another case, split by invisible characters, percent-encoded, or in
 * base64 (at any alignment, standard or URL-safe).
 */

const REDACTED = "(the API key)";

/** SendGrid's keys are `SG.` + 22 + `.` + 43 characters; anything much shorter is a mistake. */
export const MIN_KEY_LENGTH = 16;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One character of the key: itself (any case) or its UTF-8 bytes percent-encoded. */
function characterPattern(character: string): string {
  const encoded = [...Buffer.from(character, "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
  return `(?:${escapeRegExp(character)}|${escapeRegExp(encoded)})`;
}

/**
 * The parts of the key's base64 that do not depend on the bytes around it: base64 of the key
 * after 0, 1 and 2 other bytes, without the characters that mix in those neighbours.
 */
function base64Cores(key: string): string[] {
  const cores = new Set<string>();
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), Buffer.from(key, "utf8")]).toString("base64");
    const core = encoded.slice(4, encoded.replace(/=+$/, "").length - 4);
    if (core.length >= 8) {
      cores.add(core);
      cores.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  }
  return [...cores];
}

/** A function that replaces every echo of `key` in a text by "(the API key)". */
export function redactor(key: string): (text: string) => string {
  if (key === "") return (text) => text;
  // Invisible characters (zero-width space and joiners, soft hyphen, bidi marks) may split an echo,
  // raw or as already escaped for a terminal (printable's \u{200b} and \xad, JSON's \u200b).
  const plain = [...key].map(characterPattern).join("(?:\\p{Cf}|\\\\u\\{[0-9a-f]{1,6}\\}|\\\\u[0-9a-f]{4}|\\\\x[0-9a-f]{2})*");
  const pattern = new RegExp([plain, ...base64Cores(key).map(escapeRegExp)].join("|"), "giu");
  return (text) => text.replace(pattern, REDACTED);
}

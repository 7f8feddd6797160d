/** JSON output of the `sendgrid` subcommands. */

/** JSON whose strings escape what a terminal would obey (JSON.stringify leaves C1 and bidi controls raw). */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\p{Cc}\p{Cf}\u2028\u2029]/gu,
    // The layout's own line breaks stay; inside strings JSON.stringify has escaped them already.
    (character) =>
      character === "\n"
        ? character
        : [...Array(character.length).keys()].map((i) => `\\u${character.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""),
  );
}

import { createPrivateKey } from "node:crypto";

/*
 * Private key material in any of the encodings a key has been seen to slip through in: PEM armour
 * (also with look-alike dashes, zero-width characters or NUL bytes between the characters, as in
 * UTF-16 appended to UTF-8), PuTTY key files, a key's bare base64 body (PKCS#1, PKCS#8, SEC1,
 * encrypted PKCS#8, OpenSSH), and base64 of any of these (a Kubernetes secret's `tls.key`).
 * Certificate inputs are public and end up in the synthesized output; a key found there would be
 * published. The functions name the kind of key, never the key.
 */

/** Strings shorter than this cannot hold a key: the smallest (Ed25519, PKCS#8) takes 64 base64 characters. */
const MIN_KEY_TEXT = 40;
/** Base64 shorter than this decodes to fewer bytes than any private key's DER. */
const MIN_KEY_BASE64 = 60;
/** How often base64 is decoded and searched again (base64 of a PEM, base64 of that). */
const MAX_DEPTH = 3;

/** `BEGIN ... PRIVATE KEY`, `BEGIN PGP PRIVATE KEY BLOCK`, SSH2's `BEGIN SSH2 ENCRYPTED PRIVATE KEY`: with or without dashes. */
const KEY_ARMOUR = /BEGIN\s+([A-Z0-9 ]*?PRIVATE\s+KEY)/i;
const PUTTY_KEY = /PuTTY-User-Key-File-\d+\s*:/i;
/**
 * A run of base64: a long first chunk (so that prose does not count), then whole lines, or long
 * chunks after spaces (a body whose line breaks became spaces, as an unquoted `echo $KEY` prints it).
 */
const BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/]+={0,2}|[ \t]+[A-Za-z0-9+/]{16,}={0,2})*/g;
/** A run of URL-safe base64 (one line, no padding, as JWTs and URLs carry it); apart, since `-` is also armour's. */
const URL_SAFE_RUN = /[A-Za-z0-9_-]{60,}/g;
/** Format characters (zero-width space, joiners, BOM, soft hyphen) and NUL: invisible, and dropped before matching. */
// eslint-disable-next-line no-control-regex -- NUL is what UTF-16 puts between the characters
const INVISIBLE = /[\p{Cf}\u0000]/gu;
/** Dash look-alikes (en dash, em dash, minus sign, box drawing, fullwidth hyphen) written for `-`. */
const DASHES = /[\p{Pd}\u2212\u2500\u2501\uFE63\uFF0D]/gu;
const OPENSSH_MAGIC = Buffer.from("openssh-key-v1\0", "latin1");
/** The OID of PBES2 (1.2.840.113549.1.5.13), which opens every encrypted PKCS#8 key. */
const PBES2_OID = Buffer.from("06092a864886f70d01050d", "hex");

/** `text` as a reader sees it: invisible characters dropped, dash and letter look-alikes folded. */
export function visibleText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(DASHES, "-");
}

/** The top-level DER elements of `bytes`, or the bytes whole when they are not a sequence of them. */
function derElements(bytes: Buffer): Buffer[] {
  const elements: Buffer[] = [];
  let offset = 0;
  while (offset + 2 <= bytes.length) {
    let length = bytes[offset + 1];
    let header = 2;
    if (length & 0x80) {
      const size = length & 0x7f;
      if (size === 0 || size > 4 || offset + 2 + size > bytes.length) break;
      length = 0;
      for (let i = 0; i < size; i++) length = length * 256 + bytes[offset + 2 + i];
      header += size;
    }
    const end = offset + header + length;
    if (end > bytes.length) break;
    elements.push(bytes.subarray(offset, end));
    offset = end;
  }
  return elements.length > 0 ? elements : [bytes];
}

/** The kind of private key that DER `bytes` hold, or `undefined`. */
function derKeyKind(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC)) return "OpenSSH private key, base64";
  for (const element of derElements(bytes)) {
    if (element[0] !== 0x30) continue;
    if (element.subarray(0, 32).includes(PBES2_OID)) return "ENCRYPTED PRIVATE KEY, base64 DER";
    // Every unencrypted key structure opens with its version, an INTEGER; a certificate opens with a SEQUENCE.
    const inner = derElements(element.subarray(element[1] & 0x80 ? 2 + (element[1] & 0x7f) : 2))[0];
    if (inner?.[0] !== 0x02) continue;
    for (const type of ["pkcs8", "pkcs1", "sec1"] as const) {
      try {
        createPrivateKey({ key: element, format: "der", type });
        return `${type === "pkcs8" ? "PRIVATE KEY" : type === "pkcs1" ? "RSA PRIVATE KEY" : "EC PRIVATE KEY"}, base64 DER`;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_MISSING_PASSPHRASE") return "ENCRYPTED PRIVATE KEY, base64 DER";
      }
    }
  }
  return undefined;
}

/** Each piece of a base64 run that decodes on its own: padding ends one (`...==MII...` is two). */
function base64Pieces(run: string): string[] {
  const compact = run.replace(/\s+/g, "");
  const pieces = compact.split(/(?<==)(?=[^=])/);
  // A run may start with a word that is not part of the base64 (a line, or a word, before the body).
  for (const start of new Set([run.indexOf("\n"), run.search(/\s/)])) {
    if (start > 0)
      pieces.push(
        ...run
          .slice(start + 1)
          .replace(/\s+/g, "")
          .split(/(?<==)(?=[^=])/),
      );
  }
  return pieces.filter((piece) => piece.length >= MIN_KEY_BASE64);
}

/** Whether at least 90% of `text` is printable ASCII or a line break. */
function mostlyText(text: string): boolean {
  const printable = text.replace(/[^\x20-\x7e\r\n\t]/g, "").length;
  return text.length > 0 && printable >= 0.9 * text.length;
}

function findKey(text: string, depth: number): string | undefined {
  if (text.length < MIN_KEY_TEXT) return undefined;
  // A backslash-n written out (a PEM pasted into JSON twice-escaped) reads as a line break.
  const visible = visibleText(text).replace(/\\r\\n|\\n|\\r/g, "\n");
  const armour = KEY_ARMOUR.exec(visible);
  if (armour) return armour[1].replace(/\s+/g, " ").toUpperCase();
  if (PUTTY_KEY.test(visible)) return "PuTTY private key";
  const urlSafe = (visible.match(URL_SAFE_RUN) ?? []).filter((run) => /[-_]/.test(run));
  for (const run of [...(visible.match(BASE64_RUN) ?? []), ...urlSafe]) {
    for (const piece of base64Pieces(run)) {
      const bytes = Buffer.from(piece, "base64");
      const kind = derKeyKind(bytes);
      if (kind) return kind;
      if (depth >= MAX_DEPTH) continue;
      // Searched again only when the bytes are text (base64 of a PEM, in UTF-8 or UTF-16), not DER.
      const inner =
        (mostlyText(bytes.toString("latin1")) ? findKey(bytes.toString("utf8"), depth + 1) : undefined) ??
        (mostlyText(bytes.toString("utf16le")) ? findKey(bytes.toString("utf16le"), depth + 1) : undefined);
      if (inner) return inner.endsWith(", base64") ? inner : `${inner}, base64`;
    }
  }
  return undefined;
}

/**
 * The kind of private key that `text` holds in any encoding above (e.g. `RSA PRIVATE KEY`,
 * `PRIVATE KEY, base64 DER`), or `undefined` when it holds none.
 */
export function keyMaterialIn(text: string): string | undefined {
  return findKey(text, 0);
}

/**
 * The first string in `value` (any JSON-like data) that holds key material: its place
 * (`resource.x.y.z`) and the kind of key, or `undefined`. Keys of objects are searched too.
 */
export function keyMaterialInData(value: unknown): { place: string; kind: string } | undefined {
  const pending: { value: unknown; place: string }[] = [{ value, place: "" }];
  while (pending.length > 0) {
    const { value: item, place } = pending.pop()!;
    if (typeof item === "string") {
      const kind = keyMaterialIn(item);
      if (kind) return { place: place || "(top level)", kind };
    } else if (Array.isArray(item)) {
      item.forEach((entry, index) => pending.push({ value: entry, place: `${place}[${index}]` }));
    } else if (typeof item === "object" && item !== null) {
      for (const [key, entry] of Object.entries(item as Record<string, unknown>)) {
        const kind = keyMaterialIn(key);
        if (kind) return { place: place || "(top level)", kind };
        pending.push({ value: entry, place: place ? `${place}.${key}` : key });
      }
    }
  }
  return undefined;
}

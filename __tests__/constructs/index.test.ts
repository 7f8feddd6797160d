/**
 * The package root is the public API: a name added to it is a promise to consumers, so the list
 * is written out here and a change to it must change this test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** Values: what `require("cdktf-ssl-tracking-domain")` hands a JavaScript consumer. */
const VALUES = [
  "CloudflareDnsZone",
  "EDGE_KINDS",
  "FASTLY_CERTIFICATE_AUTHORITIES",
  "FastlyCertificate",
  "FastlyProvider",
  "MAX_EXPRESSION_LENGTH",
  "PROXY_PHASES",
  "SslTrackingDomain",
  "TrackingDomainError",
  "TrackingEdge",
];
/** Types: props, options, and what it takes to implement a zone, an edge or a certificate. */
const TYPES = [
  "CloudFrontEdgeOptions",
  "CloudFrontPriceClass",
  "CloudflareDnsZoneProps",
  "CustomCertificateOptions",
  "DnsRecordOptions",
  "EdgeBindContext",
  "EdgeBinding",
  "EdgeKind",
  "FastlyCertificateAuthority",
  "FastlyCertificateContext",
  "FastlyEdgeOptions",
  "FastlyProviderConfig",
  "IDnsZone",
  "IFastlyCertificate",
  "ITrackingEdge",
  "ManagedCertificateOptions",
  "ProxyPhase",
  "ProxyRule",
  "SslTrackingDomainProps",
];

const INDEX = join(__dirname, "..", "..", "constructs", "index.ts");

/** The names that constructs/index.ts exports, read from its export declarations. */
function exportedNames(): string[] {
  const source = ts.createSourceFile(INDEX, readFileSync(INDEX, "utf8"), ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    const clause = statement.exportClause;
    // `export *` would pass on whatever a module adds, internal helpers included.
    if (clause === undefined || !ts.isNamedExports(clause))
      throw new Error(`constructs/index.ts: ${statement.getText(source)} names no exports`);
    names.push(...clause.elements.map((element) => element.name.text));
  }
  return names.sort();
}

test("the package root exports exactly the public API, by name", () => {
  expect(exportedNames()).toEqual([...VALUES, ...TYPES].sort());
});

test("at run time the root hands out exactly the public values", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const root = require("../../constructs");
  expect(Object.keys(root).sort()).toEqual([...VALUES].sort());
});

test.each([
  "quote",
  "readFailure",
  "zoneOf",
  "depthBelowZone",
  "notALinkHostReason",
  "hostNameProblem",
  "FastlyTlsEdge",
  "FastlyTrackingService",
])("the internal %s is not exported from the root", (name) => {
  expect(exportedNames()).not.toContain(name);
});

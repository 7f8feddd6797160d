/**
 * The package root is the public API: a name added to it is a promise to consumers, so the list
 * is written out here and a change to it must change this test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** Values: what `require("cdktf-ssl-tracking-domain")` hands a JavaScript consumer. */
const VALUES = [
  "AwsTrackingEdge",
  "CloudflareDnsZone",
  "CloudflareProvider",
  "ConfigError",
  "Route53DnsZone",
  "TrackingDomainsFile",
  "EDGE_KINDS",
  "ExternalDnsZone",
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
  "CloudflareProviderConfig",
  "ImportFromAwsEntryPoint",
  "CustomCertificateOptions",
  "DnsRecordOptions",
  "EdgeBindContext",
  "EdgeBinding",
  "EdgeKind",
  "ExistingRulesetIds",
  "ExternalDnsRecord",
  "ExternalDnsZoneProps",
  "FastlyCertificateAuthority",
  "FastlyCertificateContext",
  "FastlyEdgeOptions",
  "SendgridAutoSslOptions",
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

/** The `cdktf-ssl-tracking-domain/route53` entry point, which needs the optional peer @cdktf/provider-aws. */
const ROUTE53 = join(__dirname, "..", "..", "constructs", "route53.ts");
/** The `cdktf-ssl-tracking-domain/aws` entry point: everything that needs @cdktf/provider-aws. */
const AWS = join(__dirname, "..", "..", "constructs", "aws.ts");

/** The modules a file imports or re-exports from. */
function importedModules(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
  return source.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
    statement.moduleSpecifier &&
    ts.isStringLiteral(statement.moduleSpecifier)
      ? [statement.moduleSpecifier.text]
      : [],
  );
}

/** The names that an entry point (constructs/index.ts) exports, read from its export declarations. */
function exportedNames(file = INDEX): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    const clause = statement.exportClause;
    // `export *` would pass on whatever a module adds, internal helpers included.
    if (clause === undefined || !ts.isNamedExports(clause)) throw new Error(`${file}: ${statement.getText(source)} names no exports`);
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

test("the root imports nothing that needs @cdktf/provider-aws, whose users need not install it", () => {
  const modules = importedModules(INDEX);
  expect(modules.length).toBeGreaterThan(5);
  expect(modules.filter((module) => /provider-aws|route53|cloudfront-edge|\/aws$/.test(module))).toEqual([]);
});

test.each(["Route53DnsZone", "AwsTrackingEdge"])("the root's %s is a stand-in that names the AWS entry point", (name) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Stub = require("../../constructs")[name];
  expect(() => new Stub()).toThrow(
    `${name} is exported by "cdktf-ssl-tracking-domain/aws" (it needs @cdktf/provider-aws on cdktf, @cdktn/provider-aws on cdktn), not by the root entry point: import { ${name} } from "cdktf-ssl-tracking-domain/aws"`,
  );
});

test("the /aws entry point exports the CloudFront edge and the Route 53 zone, with their options", () => {
  expect(exportedNames(AWS)).toEqual(
    [
      "AwsTrackingEdge",
      "CLOUDFRONT_PRICE_CLASSES",
      "CloudFrontEdgeOptions",
      "CloudFrontPriceClass",
      "Route53DnsZone",
      "Route53DnsZoneProps",
    ].sort(),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(Object.keys(require("../../constructs/aws")).sort()).toEqual(["AwsTrackingEdge", "CLOUDFRONT_PRICE_CLASSES", "Route53DnsZone"]);
});

test("the /route53 entry point exports exactly the Route 53 zone and its props", () => {
  expect(exportedNames(ROUTE53)).toEqual(["Route53DnsZone", "Route53DnsZoneProps"]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(Object.keys(require("../../constructs/route53"))).toEqual(["Route53DnsZone"]);
});

test("package.json maps cdktf-ssl-tracking-domain/aws and /route53 to the compiled entry points, for Node and TypeScript", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
  expect(pkg.exports["./aws"]).toEqual({ types: "./dist/constructs/aws.d.ts", default: "./dist/constructs/aws.js" });
  expect(pkg.typesVersions["*"].aws).toEqual(["dist/constructs/aws.d.ts"]);
  expect(pkg.exports["./route53"]).toEqual({ types: "./dist/constructs/route53.d.ts", default: "./dist/constructs/route53.js" });
  expect(pkg.typesVersions["*"].route53).toEqual(["dist/constructs/route53.d.ts"]);
  expect(pkg.peerDependenciesMeta["@cdktf/provider-aws"]).toEqual({ optional: true });
});

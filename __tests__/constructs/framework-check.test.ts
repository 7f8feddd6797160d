/**
 * A stack of the other framework is refused by name before synthesis, and a key variable is
 * recognised by its shape, whichever copy of the framework made it. Both frameworks are installed
 * in this project, so each run has "the other one" at hand.
 */
import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from "../../framework";
import { ENV, FRAMEWORK } from "../../framework/select";
import { TrackingDomainError } from "../../constructs/errors";
import { FastlyCertificate } from "../../constructs/fastly-certificate";
import { isTerraformVariable, otherStackFix } from "../../constructs/framework-check";
import { SslTrackingDomain } from "../../constructs/ssl-tracking-domain";
import { TrackingEdge } from "../../constructs/tracking-edge";
import { exampleZone, oneDomain } from "../helpers";

const OTHER_NAME = FRAMEWORK.name === "cdktf" ? "cdktn" : "cdktf";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const other = require(OTHER_NAME) as typeof import("../../framework");

test("a domain in a stack of the other framework is refused, naming the stack and what to set", () => {
  const stack = new other.TerraformStack(new other.App({ outdir: Testing.app().outdir }), "marketing");
  const zone = exampleZone(stack);
  expect(
    () => new SslTrackingDomain(stack, "url1234", { domainName: "url1234.example.com", dnsZone: zone, edge: TrackingEdge.fastly() }),
  ).toThrow(
    new TrackingDomainError(
      `SslTrackingDomain url1234: stack "marketing" was not made with the ${FRAMEWORK.name} package that cdktf-ssl-tracking-domain loaded ` +
        `(${FRAMEWORK.reason}); ` +
        otherStackFix(FRAMEWORK),
    ),
  );
});

test.each([
  [
    "both installed, no variable",
    "cdktf",
    "both cdktf and cdktn are installed and X is not set",
    `set ${ENV}=cdktn if the app is a cdktn app`,
  ],
  [
    "the variable chose cdktn, the app is cdktf",
    "cdktn",
    `${ENV}=cdktn`,
    `set ${ENV}=cdktf if the app is a cdktf app; otherwise the app and this package must use the same cdktn package (npm ls cdktn)`,
  ],
  [
    "the variable chose cdktf, the app is cdktn",
    "cdktf",
    `${ENV}=cdktf`,
    `set ${ENV}=cdktn if the app is a cdktn app; otherwise the app and this package must use the same cdktf package (npm ls cdktf)`,
  ],
  [
    "only cdktn installed (another copy)",
    "cdktn",
    "only cdktn is installed",
    "the app and this package must use the same cdktn package (npm ls cdktn)",
  ],
])("the fix a refused stack's error names: %s", (_, name, reason, fix) => {
  expect(otherStackFix({ name, reason })).toBe(fix);
});

test("a domain in a stack of the loaded framework is accepted", () => {
  const json = oneDomain();
  expect(Object.keys(json.resource!.fastly_service_vcl)).toHaveLength(1);
});

test.each([
  ["the loaded framework's TerraformVariable", (stack: TerraformStack) => new TerraformVariable(stack, "v", {}), true],
  ["the other framework's TerraformVariable", (stack: TerraformStack) => new other.TerraformVariable(stack, "v", {}), true],
  ["a TerraformOutput", (stack: TerraformStack) => new TerraformOutput(stack, "o", { value: "x" }), false],
  [
    "a plain object of the same fields",
    () => ({ sensitive: true, default: undefined, nullable: undefined, toTerraform: () => ({}), addValidation: () => {} }),
    false,
  ],
  ["a string", () => "var.key", false],
  ["null", () => null, false],
])("isTerraformVariable: %s", (_, make, expected) => {
  const stack = new TerraformStack(Testing.app(), "s");
  expect(isTerraformVariable(make(stack))).toBe(expected);
});

test("a private key variable made by another copy of the framework is accepted as a TerraformVariable (instanceof refused it)", () => {
  const stack = new TerraformStack(Testing.app(), "s");
  const key = new other.TerraformVariable(stack, "key", { type: "string", sensitive: true });
  const certificatePem = new other.TerraformVariable(stack, "certificate", { type: "string" }).stringValue;
  const edge = TrackingEdge.fastly({ certificate: FastlyCertificate.custom({ certificatePem, privateKey: key as never }) });
  expect(
    () => new SslTrackingDomain(stack, "url1234", { domainName: "url1234.example.com", dnsZone: exampleZone(stack), edge }),
  ).not.toThrow();
});

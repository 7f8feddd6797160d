/**
 * framework/select.js: which framework the package loads, from what is installed and the
 * environment variable, and the errors that name what to change.
 */
import { AWS_PACKAGE } from "../../cli/init/templates";
import { ENV, FRAMEWORK, chooseFramework } from "../../framework/select";

const only =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name);

test.each([
  ["only cdktf installed", {}, only("cdktf"), "cdktf", "only cdktf is installed"],
  ["only cdktn installed", {}, only("cdktn"), "cdktn", "only cdktn is installed"],
  ["both installed", {}, only("cdktf", "cdktn"), "cdktf", `both cdktf and cdktn are installed and ${ENV} is not set`],
  ["both, the variable empty", { [ENV]: "" }, only("cdktf", "cdktn"), "cdktf", `both cdktf and cdktn are installed and ${ENV} is not set`],
  ["both, the variable cdktn", { [ENV]: "cdktn" }, only("cdktf", "cdktn"), "cdktn", `${ENV}=cdktn`],
  ["both, the variable cdktf", { [ENV]: "cdktf" }, only("cdktf", "cdktn"), "cdktf", `${ENV}=cdktf`],
])("%s", (_, env, installed, name, reason) => {
  expect(chooseFramework(env, installed)).toMatchObject({ name, reason });
});

test("each framework comes with the AWS bindings made for it, and the aws provider version they pin", () => {
  expect(chooseFramework({}, only("cdktf")).aws).toEqual({ package: "@cdktf/provider-aws", range: "^21", pins: "6.25.0" });
  expect(chooseFramework({}, only("cdktn")).aws).toEqual({ package: "@cdktn/provider-aws", range: "^25.7.0", pins: "6.66.0" });
});

test.each(["cdktf", "cdktn"] as const)("%s: the AWS install a missing-package error names is the one init and the docs print", (name) => {
  const { aws } = chooseFramework({}, only(name));
  expect(`${aws.package}@${aws.range}`).toBe(AWS_PACKAGE[name]);
});

test.each([
  [
    "neither installed",
    {},
    only(),
    "cdktf-ssl-tracking-domain needs a CDK framework: install cdktf (CDK for Terraform 0.21) or cdktn (CDK Terrain 0.24)",
  ],
  ["the variable names neither", { [ENV]: "terraform" }, only("cdktf"), `${ENV} is "terraform"; it must be cdktf or cdktn`],
  ["the variable names an object key", { [ENV]: "__proto__" }, only("cdktf"), `${ENV} is "__proto__"; it must be cdktf or cdktn`],
  ["the variable, escaped and cut", { [ENV]: `cdk\n${"x".repeat(100)}` }, only("cdktf"), `${ENV} is "cdk\\n${"x".repeat(51)}..."; it must`],
  [
    "the variable names one not installed",
    { [ENV]: "cdktn" },
    only("cdktf"),
    `${ENV} is "cdktn", but the package cdktn is not installed; npm install cdktn@^0.24`,
  ],
])("refused: %s", (_, env, installed, message) => {
  expect(() => chooseFramework(env, installed)).toThrow(message);
});

test("this test run loaded the framework the environment asks for, else cdktf (both are installed here)", () => {
  expect(FRAMEWORK.name).toBe(process.env[ENV] || "cdktf");
});

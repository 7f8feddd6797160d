import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { destructiveAction, guardPlan } from "../../cli/plan-guard";

const ROOT = resolve(__dirname, "..", "..");
const fixture = (name: string) => join(ROOT, "__tests__", "fixtures", "plans", `${name}.json`);
const load = (name: string) => JSON.parse(readFileSync(fixture(name), "utf8"));

function guard(...files: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "cli/guard.ts", ...files], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe("destructiveAction", () => {
  test.each([
    [["create"], undefined],
    [["update"], undefined],
    [["no-op"], undefined],
    [["read"], undefined],
    [["delete"], "delete"],
    [["delete", "create"], "replace"],
    [["create", "delete"], "replace"],
  ])("%j → %s", (actions, expected) => {
    expect(destructiveAction(actions)).toBe(expected);
  });
});

describe("guardPlan on plan fixtures", () => {
  test.each(["create", "update", "no-op", "delete-unrelated"])("%s: nothing to report", (name) => {
    expect(guardPlan(load(name))).toEqual([]);
  });

  test("delete: blocks the CNAME and the service of the domain, not its challenge record", () => {
    expect(guardPlan(load("delete"))).toEqual([
      expect.objectContaining({ domain: "url1234.example.com", what: "tracking CNAME", action: "delete", allowed: false }),
      expect.objectContaining({ domain: "url1234.example.com", what: "Fastly service", action: "delete", allowed: false }),
    ]);
  });

  test("replace: blocks a replaced proxied CNAME", () => {
    expect(guardPlan(load("replace"))).toEqual([
      expect.objectContaining({ domain: "url5678.example.com", what: "tracking CNAME", action: "replace", allowed: false }),
    ]);
  });

  test("a domain marked allowDestroy may go", () => {
    expect(guardPlan(load("delete-allowed")).map((f) => f.allowed)).toEqual([true, true]);
  });

  test("refuses input that is not a plan", () => {
    expect(() => guardPlan({ stacks: [] })).toThrow("not a Terraform plan in JSON form");
  });
});

describe("npm run guard", () => {
  test("passes a plan that destroys nothing live", () => {
    const run = guard(fixture("update"), fixture("create"));
    expect(run.status).toBe(0);
    expect(run.out).toContain("no live tracking domain is destroyed");
  });

  test("fails a plan that deletes a live domain, naming it", () => {
    const run = guard(fixture("delete"));
    expect(run.status).toBe(1);
    expect(run.out).toContain("BLOCKED: the plan deletes the tracking CNAME of url1234.example.com");
    expect(run.out).toContain("BLOCKED: the plan deletes the Fastly service of url1234.example.com");
    expect(run.out).toContain('set "allowDestroy": true');
  });

  test("lets a retirement through", () => {
    const run = guard(fixture("delete-allowed"));
    expect(run.status).toBe(0);
    expect(run.out).toContain("allowed: the plan deletes the tracking CNAME of url1234.example.com");
  });

  test("a missing file is a usage error with the path", () => {
    const run = guard("/nonexistent/plan.json");
    expect(run.status).toBe(2);
    expect(run.out).toContain("/nonexistent/plan.json: ENOENT");
  });
});

import { Testing, TerraformStack } from "../../framework";
import { FastlyTrackingService } from "../../constructs/fastly-tracking-service";

function service(stack: TerraformStack): FastlyTrackingService {
  return new FastlyTrackingService(stack, "svc", {
    name: "ssl-tracking-url1.example.com",
    comment: "c",
    activate: true,
    defaultTtl: 0,
    domain: [{ name: "url1.example.com" }],
    backend: [{ name: "sendgrid", address: "sendgrid.net", port: 443, useSsl: true }],
    requestSetting: [{ name: "pass-all", action: "pass" }],
  });
}

test("synthesizes the arguments it is given, in Terraform's names", () => {
  const stack = new TerraformStack(Testing.app(), "s");
  service(stack);
  expect(Object.values(JSON.parse(Testing.synth(stack)).resource.fastly_service_vcl)[0]).toMatchObject({
    name: "ssl-tracking-url1.example.com",
    activate: true,
    default_ttl: 0,
    domain: [{ name: "url1.example.com" }],
    backend: [{ name: "sendgrid", address: "sendgrid.net", port: 443, use_ssl: true }],
    request_setting: [{ name: "pass-all", action: "pass" }],
  });
});

test("renders the same arguments for HCL output", () => {
  const hcl = service(new TerraformStack(Testing.app(), "s")).toHclTerraform() as {
    resource: Record<string, Record<string, Record<string, any>>>;
  };
  const body = hcl.resource.fastly_service_vcl.svc;
  expect(body.backend).toMatchObject({
    isBlock: true,
    type: "set",
    value: [expect.objectContaining({ address: expect.objectContaining({ value: "sendgrid.net" }) })],
  });
  expect(body.name).toMatchObject({ value: "ssl-tracking-url1.example.com" });
});

test.each([
  [true, true],
  [undefined, undefined],
])("forceDestroy %p synthesizes force_destroy %p, in JSON and HCL", (forceDestroy, expected) => {
  const stack = new TerraformStack(Testing.app(), "s");
  const svc = new FastlyTrackingService(stack, "svc", {
    name: "n",
    comment: "c",
    activate: true,
    defaultTtl: 0,
    domain: [{ name: "url1.example.com" }],
    backend: [],
    requestSetting: [],
    forceDestroy,
  });
  const body = Object.values<any>(JSON.parse(Testing.synth(stack)).resource.fastly_service_vcl)[0];
  expect(body.force_destroy).toBe(expected);
  const hcl = svc.toHclTerraform() as { resource: Record<string, Record<string, Record<string, any>>> };
  expect(hcl.resource.fastly_service_vcl.svc.force_destroy?.value).toBe(expected);
});

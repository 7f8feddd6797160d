import { posix } from "node:path";
import { CloudBackend, GcsBackend, LocalBackend, NamedCloudWorkspace, S3Backend, TerraformStack } from "../framework";
import { z } from "zod";

/** Where a stack keeps its Terraform state. */
export const backendSchema = z
  .discriminatedUnion("type", [
    z.strictObject({
      type: z.literal("local"),
      path: z.string().min(1).optional().describe("State file, relative to the stack's folder. Default: terraform.<stack>.tfstate."),
    }),
    z.strictObject({
      type: z.literal("s3"),
      bucket: z.string().min(1).describe("The S3 bucket."),
      key: z
        .string()
        .min(1)
        // Terraform's s3 backend refuses these itself, at init: refused here, before anything is deployed.
        .refine((key) => !key.startsWith("/") && !key.endsWith("/") && !key.includes("//"), {
          error: (issue) =>
            `${JSON.stringify(issue.input)} is not an S3 state key Terraform accepts: it must not start or end with "/" or hold "//"`,
        })
        .describe("The state object's key, unique per stack."),
      region: z.string().min(1).describe("The bucket's region."),
      dynamodbTable: z
        .string()
        .min(1)
        .optional()
        .describe("A DynamoDB table for locking. Default: S3-native locking (use_lockfile, Terraform 1.10+)."),
      encrypt: z.boolean().optional().describe("Server-side encryption of the state object. Default: true."),
    }),
    z.strictObject({
      type: z.literal("gcs"),
      bucket: z.string().min(1).describe("The GCS bucket; GCS locks state natively."),
      prefix: z.string().min(1).describe("The state's prefix in the bucket, unique per stack."),
    }),
    z.strictObject({
      type: z.literal("cloud"),
      organization: z.string().min(1).describe("The HCP Terraform or Terraform Enterprise organization."),
      workspace: z.string().min(1).describe("The workspace, unique per stack."),
      hostname: z.string().min(1).optional().describe("Terraform Enterprise host. Default: app.terraform.io."),
    }),
  ])
  .describe("Where Terraform keeps this stack's state. Default: a local file.");

export type BackendConfig = z.infer<typeof backendSchema>;

/** Where Terraform runs a stack: the folder `cdktf synth` writes it to. */
const stackFolder = (stackName: string) => posix.join("cdktf.out", "stacks", stackName);

/**
 * The state's identity as Terraform resolves it: two stacks with the same one would read and write
 * one state, and each plan would delete the other's resources. A local path is taken from the
 * stack's folder (`cdktf.out/stacks/<stack>`), where Terraform runs, with either slash, and
 * compared without case (the default file systems of macOS and Windows ignore it). A gcs prefix
 * loses its leading `/` and gets the trailing `/`, as the backend does (`/tracking`, `tracking` and
 * `tracking/` are one state).
 */
export function backendIdentity(backend: BackendConfig | undefined, stackName: string): string {
  switch (backend?.type) {
    case undefined:
    case "local": {
      const path = (backend?.path ?? `terraform.${stackName}.tfstate`).replace(/\\/g, "/");
      const absolute = path.startsWith("/") || /^[A-Za-z]:\//.test(path);
      return `local:${posix.normalize(absolute ? path : posix.join(stackFolder(stackName), path)).toLowerCase()}`;
    }
    case "s3":
      return `s3://${backend.bucket}/${backend.key}`;
    case "gcs": {
      // As the backend reads it: leading slashes trimmed, then a trailing one added to what is left.
      const prefix = backend.prefix.replace(/^\/+/, "");
      return `gs://${backend.bucket}/${prefix === "" || prefix.endsWith("/") ? prefix : `${prefix}/`}`;
    }
    case "cloud":
      return `cloud:${(backend.hostname ?? "app.terraform.io").toLowerCase()}/${backend.organization}/${backend.workspace}`;
  }
}

/** Adds the configured backend to the stack, with cdktf's own backend constructs. */
export function addBackend(stack: TerraformStack, stackName: string, backend: BackendConfig | undefined): void {
  switch (backend?.type) {
    case undefined:
    case "local":
      // A relative path, so the output holds no path of the machine that synthesized it.
      new LocalBackend(stack, { path: backend?.path ?? `terraform.${stackName}.tfstate` });
      return;
    case "s3": {
      const s3 = new S3Backend(stack, {
        bucket: backend.bucket,
        key: backend.key,
        region: backend.region,
        encrypt: backend.encrypt ?? true,
        dynamodbTable: backend.dynamodbTable,
      });
      // cdktf 0.21 predates S3-native locking; Terraform 1.10+ reads it from the backend block.
      if (!backend.dynamodbTable) s3.addOverride("use_lockfile", true);
      return;
    }
    case "gcs":
      new GcsBackend(stack, { bucket: backend.bucket, prefix: backend.prefix });
      return;
    case "cloud":
      new CloudBackend(stack, {
        organization: backend.organization,
        workspaces: new NamedCloudWorkspace(backend.workspace),
        hostname: backend.hostname,
      });
      return;
  }
}

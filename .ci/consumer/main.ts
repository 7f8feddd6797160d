// The same app for both scratch consumers; `FRAMEWORK` is replaced by cdktf or cdktn. It uses the
// framework's own classes where a team's code would (stack, variable, provider passed as a prop),
// so that the package's declarations must agree with the consumer's framework types.
import { App, LocalBackend, TerraformOutput, TerraformStack } from "FRAMEWORK";
import { Construct } from "constructs";
import {
  CloudflareDnsZone,
  CloudflareProvider,
  FastlyCertificate,
  FastlyProvider,
  SslTrackingDomain,
  TrackingEdge,
} from "cdktf-ssl-tracking-domain";

class Tracking extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // A relative state path: the default is absolute, so it would differ between the two apps.
    new LocalBackend(this, { path: "consumer.tfstate" });
    new FastlyProvider(this, "fastly", {});
    const cloudflare = new CloudflareProvider(this, "cloudflare", {});
    const zone = new CloudflareDnsZone(this, "example-com", {
      zoneId: "023e105f4ecef8ad9ca31a8372d0c353",
      zoneName: "example.com",
      provider: cloudflare,
    });
    const fastly = new SslTrackingDomain(this, "url1234", {
      domainName: "url1234.example.com",
      dnsZone: zone,
      edge: TrackingEdge.fastly(),
    });
    new SslTrackingDomain(this, "url2345", {
      domainName: "url2345.example.com",
      dnsZone: zone,
      edge: TrackingEdge.fastly({ certificate: FastlyCertificate.managedWildcard() }),
    });
    new SslTrackingDomain(this, "url5678", { domainName: "url5678.example.com", dnsZone: zone, edge: TrackingEdge.cloudflareProxy() });
    new TerraformOutput(this, "cname", { value: fastly.cnameTarget });
  }
}

const app = new App();
new Tracking(app, "consumer");
app.synth();

import { Certificate, ClusterIssuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { kubernetesManifests } from "../../../src/components/kubernetes/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";

// cert-manager's CRD schemas, as @kubernetes-models/cert-manager ships them, validate the objects offline.
const CRDS: Record<string, new (data: never) => { validate(): void }> = { Certificate, ClusterIssuer };

const render = (extra: Record<string, unknown>) => {
  const o = parseOptions({ name: "shop", cloud: "kubernetes", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, costTags: { team: "checkout" }, notifications: { email: "ops@example.org" }, ...extra });
  return renderFiles(kubernetesManifests.render(o), o).map((f) => ({ path: f.path, data: parse(f.content) }));
};

describe("cert-manager and cost labels on Kubernetes", () => {
  it("with a domain: a Let's Encrypt ClusterIssuer (HTTP-01) and a Certificate for the Ingress's names and secret, both valid against the CRDs", () => {
    const files = render({ deploy: { domain: "shop.example.org" } });
    const issuer = files.find((f) => f.data.kind === "ClusterIssuer")!;
    const cert = files.find((f) => f.data.kind === "Certificate")!;
    const ingress = files.find((f) => f.data.kind === "Ingress")!.data;
    for (const o of [issuer, cert]) expect(() => new CRDS[o.data.kind]!(o.data as never).validate(), o.path).not.toThrow();
    expect(issuer.path).toBe("k8s/cluster/clusterissuer-letsencrypt.yaml");
    expect(issuer.data.spec.acme).toMatchObject({ server: "https://acme-v02.api.letsencrypt.org/directory", email: "ops@example.org", solvers: [{ http01: { ingress: { class: "nginx" } } }] });
    expect(cert.data.spec.issuerRef).toEqual({ kind: "ClusterIssuer", name: "letsencrypt" });
    expect(cert.data.spec.secretName).toBe(ingress.spec.tls[0].secretName);
    expect([...cert.data.spec.dnsNames].sort()).toEqual([...ingress.spec.tls[0].hosts].sort());
    expect(files.find((f) => f.path === "k8s/base/kustomization.yaml")!.data.resources).toContain("certificate-shop.yaml");
  });

  it("dns-01 solves in the configured zone; an invalid object fails the CRD schema (the check can fail)", () => {
    const issuer = render({ deploy: { domain: "shop.example.org" }, edge: { dnsZone: "example.org", challenge: "dns-01" } }).find((f) => f.data.kind === "ClusterIssuer")!.data;
    expect(issuer.spec.acme.solvers[0]).toMatchObject({ dns01: { cloudflare: { apiTokenSecretRef: { name: "cloudflare-api-token" } } }, selector: { dnsZones: ["example.org"] } });
    expect(() => new ClusterIssuer(issuer).validate()).not.toThrow();
    expect(() => new Certificate({ ...issuer, kind: "Certificate", spec: { dnsNames: "not-a-list" } } as never).validate()).toThrow();
  });

  it("without a domain: no cert-manager objects", () => {
    const kinds = render({}).map((f) => f.data.kind);
    expect(kinds).not.toContain("Certificate");
    expect(kinds).not.toContain("ClusterIssuer");
  });

  it("every object carries the cost-allocation labels; overlays add the environment", () => {
    const files = render({ deploy: { domain: "shop.example.org" } });
    for (const f of files.filter((x) => x.data.kind !== "Kustomization" && !x.path.includes("/overlays/"))) {
      expect(f.data.metadata.labels, f.path).toMatchObject({ project: "shop", team: "checkout" });
    }
    for (const f of files.filter((x) => x.data.kind === "Deployment")) expect(f.data.spec.template.metadata.labels, f.path).toMatchObject({ project: "shop", team: "checkout" });
    const prod = files.find((f) => f.path === "k8s/overlays/prod/kustomization.yaml")!.data;
    expect(prod.labels[0].pairs.environment).toBe("production");
  });
});

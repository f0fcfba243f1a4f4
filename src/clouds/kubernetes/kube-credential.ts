import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";

/** The exec credential plugin the deploy job's kubeconfig calls. */
export function kubeCredentialScript(options: BaselineOptions): FileModel {
  return {
    kind: "text",
    path: "scripts/kube_github_oidc.sh",
    component: "deploy",
    comment: "hash",
    executable: true,
    text: renderTemplate("scripts/kube_github_oidc.sh.hbs", { name: options.name }),
  };
}

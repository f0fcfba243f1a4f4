import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { pinnedAction } from "../../workflows/pins.js";
import { ghcrRegistrySteps, migrationCommand, script, serviceTargets } from "../services.js";
import type { CloudStrategy, DeployContext, ServiceTarget, Step } from "../types.js";
import { composeDirs, composeFiles } from "./compose-files.js";
import { composeRunbook } from "./runbook.js";

export { composeFiles, composeCommand, composeDirs } from "./compose-files.js";
export const deployDir = (options: BaselineOptions): string => `/srv/${options.name}`;

/** compose.prod.yml's service and image variable for each deploy target. */
export const composeService = (svc: Pick<ServiceTarget, "key">): { service: string; imageVar: string } =>
  svc.key === "api" ? { service: "backend", imageVar: "BACKEND_IMAGE" } : { service: "frontend", imageVar: "FRONTEND_IMAGE" };

const blueGreen = (ctx: Pick<DeployContext, "options">): boolean => ctx.options.deploy.strategy === "blue-green";

const remote = (args: string): string =>
  `ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- ${args} < scripts/deploy_remote.sh`;

function remoteScript(options: BaselineOptions): FileModel {
  const services = serviceTargets(options).map((s) => ({ key: s.key, port: s.port, healthPath: s.probe.route ? s.healthPath : "", ...composeService(s) }));
  return {
    kind: "text",
    path: "scripts/deploy_remote.sh",
    component: "deploy",
    comment: "hash",
    executable: true,
    text: renderTemplate("scripts/deploy_remote.sh.hbs", {
      deployDir: deployDir(options),
      composeFiles: composeFiles(options),
      services,
      migrateVar: "BACKEND_IMAGE",
      migrateService: "backend",
      migrateCommand: migrationCommand(options).join(" "),
      blueGreen: options.deploy.strategy === "blue-green",
    }),
  };
}

export const compose: CloudStrategy = {
  id: "compose",
  title: "Docker Compose on a self-hosted server",
  // Blue-green: a green copy of each app service behind an nginx switch (compose.tunnel.yml or compose.caddy.yml).
  strategies: ["rolling", "blue-green"],
  buildPermissions: { packages: "write" },
  deployPermissions: {},
  env: (ctx) => ({ DEPLOY_HOST: "${{ vars.DEPLOY_HOST }}", DEPLOY_USER: "${{ vars.DEPLOY_USER }}", DEPLOY_DIR: deployDir(ctx.options) }),
  login: (ctx) => [
    {
      name: "Load the deploy SSH key into an agent",
      uses: pinnedAction("webfactory/ssh-agent"),
      with: { "ssh-private-key": "${{ secrets.DEPLOY_SSH_KEY }}" },
    },
    {
      name: "Pin the server's host key (no trust on first use)",
      env: { DEPLOY_KNOWN_HOSTS: "${{ vars.DEPLOY_KNOWN_HOSTS }}" },
      run: script(
        `install -m 700 -d ~/.ssh`,
        `printf '%s\\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts`,
        `chmod 600 ~/.ssh/known_hosts`,
        `ssh-keygen -F "$DEPLOY_HOST" > /dev/null || { echo "::error::DEPLOY_KNOWN_HOSTS has no key for $DEPLOY_HOST"; exit 1; }`,
      ),
    },
    {
      name: "Copy the compose files to the server",
      run: script(
        `scp -o StrictHostKeyChecking=yes -o BatchMode=yes ${composeFiles(ctx.options).join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,
        `scp -o StrictHostKeyChecking=yes -o BatchMode=yes -r ${composeDirs(ctx.options).join(" ")} "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_DIR/"`,
      ),
    },
  ],
  registry: ghcrRegistrySteps,
  prepare: (ctx, svc) => [
    blueGreen(ctx)
      ? {
          id: `previous-${svc.key}`,
          name: `Record which colour serves ${svc.key} now`,
          run: script(`echo "colour=$(${remote(`live ${svc.key}`)})" >> "$GITHUB_OUTPUT"`),
        }
      : {
          id: `previous-${svc.key}`,
          name: `Record the ${svc.key} image running now`,
          run: script(`echo "image=$(${remote(`current ${composeService(svc).service}`)})" >> "$GITHUB_OUTPUT"`),
        },
  ],
  snapshot: () => [
    {
      id: "snapshot",
      name: "pg_dump the database on the server before deploying (verified with pg_restore --list)",
      "timeout-minutes": 30,
      run: script(remote(`snapshot "$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`)),
    },
  ],
  migrate: (_ctx, svc) => [
    {
      id: "migrate",
      name: "Run migrations in a one-off container; a non-zero exit fails the deploy",
      "timeout-minutes": 20,
      env: { IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
      run: script(remote(`migrate "$IMAGE"`)),
    },
  ],
  deploy: (ctx, svc): Step[] => [
    blueGreen(ctx)
      ? {
          id: `deploy-${svc.key}`,
          name: `Start the new ${svc.key} on the idle colour and check it through the switch`,
          "timeout-minutes": 15,
          env: { IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
          run: script(`idle=$(${remote(`deploy-idle ${svc.key} "$IMAGE"`)} | tail -n 1)`, `echo "colour=$idle" >> "$GITHUB_OUTPUT"`),
        }
      : {
          id: `deploy-${svc.key}`,
          name: `Start the new ${svc.key} container and wait for its healthcheck`,
          "timeout-minutes": 15,
          env: { IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
          run: script(remote(`deploy ${composeService(svc).service} "$IMAGE"`)),
        },
  ],
  shift: (_ctx, svc) => [
    {
      id: `shift-${svc.key}-100`,
      name: `Switch ${svc.key} traffic to the new colour`,
      env: { COLOUR: `\${{ steps.deploy-${svc.key}.outputs.colour }}` },
      run: script(remote(`switch ${svc.key} "$COLOUR"`)),
    },
  ],
  rollback: (ctx, svc) =>
    blueGreen(ctx)
      ? [
          {
            name: `Switch ${svc.key} traffic back to the previous colour`,
            env: { PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.colour }}` },
            run: script(remote(`switch ${svc.key} "$PREVIOUS"`), `echo "::warning::${svc.key} traffic is back on $PREVIOUS"`),
          },
        ]
      : [
          {
            name: `Roll ${svc.key} back to the previous image`,
            env: { PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.image }}` },
            run: script(
              `if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier ${svc.key} image to roll back to"; exit 0; fi`,
              remote(`deploy ${composeService(svc).service} "$PREVIOUS"`),
              `echo "::warning::Rolled ${svc.key} back to $PREVIOUS"`,
            ),
          },
        ],
  files: (options) => [remoteScript(options)],
  runbook: composeRunbook,
  settings: () => ({ vars: ["DEPLOY_HOST", "DEPLOY_USER", "DEPLOY_KNOWN_HOSTS", "API_URL", "WEB_URL"], secrets: ["DEPLOY_SSH_KEY"] }),
};

import { readFileSync } from "node:fs";
import { badInput, BaselineError } from "../errors.js";
import { createGitHubClient, type GitHub, type GitHubClientOptions } from "./client.js";
import type { Redactor } from "./redact.js";

/** How we authenticate; the secret values stay inside this object and the redactor. */
export type AuthConfig =
  | { readonly kind: "token"; readonly token: string; readonly source: string }
  | { readonly kind: "app"; readonly appId: string; readonly privateKey: string };

export interface AuthFlags {
  /** Name of the environment variable holding a token (default GITHUB_TOKEN, then GH_TOKEN). */
  readonly tokenEnv?: string;
  readonly appId?: string;
  readonly appPrivateKeyFile?: string;
  /** Name of the environment variable holding the App's private key (default GITHUB_APP_PRIVATE_KEY). */
  readonly appPrivateKeyEnv?: string;
}

export const AUTH_HELP =
  "Authenticate with a token in GITHUB_TOKEN (or --token-env NAME), or as a GitHub App with --app-id and --app-private-key-file (or the key in GITHUB_APP_PRIVATE_KEY).";

/** Reads the credentials named by the flags; never puts a secret in an error message. */
export function resolveAuth(flags: AuthFlags, env: NodeJS.ProcessEnv, redactor: Redactor): AuthConfig {
  const appId = flags.appId ?? env.GITHUB_APP_ID;
  if (appId) {
    if (!/^\d+$/.test(appId) && !/^Iv[0-9a-z.]+$/i.test(appId)) throw badInput(`--app-id: "${appId}" is not a GitHub App id (a number, or a client id such as Iv23li…)`);
    const privateKey = readPrivateKey(flags, env);
    redactor.addSecret(privateKey);
    return { kind: "app", appId, privateKey };
  }
  const names = flags.tokenEnv ? [flags.tokenEnv] : ["GITHUB_TOKEN", "GH_TOKEN"];
  for (const name of names) {
    const token = env[name]?.trim();
    if (token) {
      redactor.addSecret(token);
      return { kind: "token", token, source: name };
    }
  }
  throw badInput(`No GitHub credentials: ${names.join(" and ")} ${names.length > 1 ? "are" : "is"} not set. ${AUTH_HELP}`);
}

function readPrivateKey(flags: AuthFlags, env: NodeJS.ProcessEnv): string {
  if (flags.appPrivateKeyFile) {
    try {
      return readFileSync(flags.appPrivateKeyFile, "utf8");
    } catch (error) {
      throw badInput(`--app-private-key-file: cannot read ${flags.appPrivateKeyFile} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  const name = flags.appPrivateKeyEnv ?? "GITHUB_APP_PRIVATE_KEY";
  const key = env[name];
  if (!key) throw badInput(`A GitHub App needs its private key: pass --app-private-key-file PATH or set ${name}.`);
  // Secrets stores often keep the PEM on one line with literal \n.
  return key.includes("\\n") && !key.includes("\n") ? key.replace(/\\n/g, "\n") : key;
}

/** One authenticated client per identity; an identity is also the unit GitHub's write limits apply to. */
export interface Identity {
  readonly github: GitHub;
  /** `token`, or `installation:<id>` for a GitHub App installation. */
  readonly key: string;
}

export interface GitHubSession {
  /** The client that may act on repositories of this owner (an App has one installation per owner). */
  forOwner(owner: string): Promise<Identity>;
}

export type ClientSettings = Omit<GitHubClientOptions, "auth">;

export function createSession(auth: AuthConfig, settings: ClientSettings): GitHubSession {
  if (auth.kind === "token") {
    const identity: Identity = { github: createGitHubClient({ ...settings, auth: { token: auth.token } }), key: "token" };
    return { forOwner: () => Promise.resolve(identity) };
  }
  return createAppSession(auth, settings);
}

function createAppSession(auth: Extract<AuthConfig, { kind: "app" }>, settings: ClientSettings): GitHubSession {
  const byOwner = new Map<string, Promise<Identity>>();
  let appClient: Promise<GitHub> | undefined;
  // @octokit/auth-app (JWT signing) is loaded only when an App is used: token runs never pay for it.
  const strategy = async () => (await import("@octokit/auth-app")).createAppAuth;
  const app = () =>
    (appClient ??= strategy().then((createAppAuth) =>
      createGitHubClient({ ...settings, auth: { strategy: createAppAuth, options: { appId: auth.appId, privateKey: auth.privateKey } } }),
    ));

  async function installationFor(owner: string): Promise<Identity> {
    const github = await app();
    let installationId: number;
    try {
      installationId = (await github.rest.apps.getOrgInstallation({ org: owner })).data.id;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      try {
        installationId = (await github.rest.apps.getUserInstallation({ username: owner })).data.id;
      } catch (inner) {
        if ((inner as { status?: number }).status !== 404) throw inner;
        throw new BaselineError("GITHUB", `The GitHub App ${auth.appId} is not installed on ${owner}. Install it on that organisation (Settings → GitHub Apps) with contents, pull requests and workflows write access.`);
      }
    }
    const createAppAuth = await strategy();
    const client = createGitHubClient({
      ...settings,
      auth: { strategy: createAppAuth, options: { appId: auth.appId, privateKey: auth.privateKey, installationId } },
    });
    // The minted installation token is a secret too; register it before any request could echo it.
    const minted = (await client.auth({ type: "installation" })) as { token?: string };
    settings.redactor.addSecret(minted.token);
    return { github: client, key: `installation:${installationId}` };
  }

  return {
    forOwner(owner) {
      const key = owner.toLowerCase();
      let identity = byOwner.get(key);
      if (!identity) {
        identity = installationFor(owner);
        byOwner.set(key, identity);
      }
      return identity;
    },
  };
}

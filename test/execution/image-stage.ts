// Types shared by the image layout modules: the options and result of a layout, one stage's state
// while its instructions are applied, and the users an image knows.
import type { healthcheckTimings, Instruction } from "./dockerfile-stages.js";

export interface LayoutOptions {
  readonly contextDir: string;
  /** A fresh temporary folder that the layout may fill. */
  readonly workRoot: string;
  readonly logFile: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** Per RUN instruction; default 10 minutes. */
  readonly runTimeoutMs?: number;
  /** A folder of installs keyed by package-lock.json: RUN's `npm ci` reuses one (npm-ci-cache.ts). */
  readonly npmCiCache?: string;
}

export interface ImageUser {
  readonly uid: number;
  readonly gid: number;
  readonly home?: string;
}

export interface ImageLayout {
  /** The final stage's folder: container path P lives at root + P. */
  readonly root: string;
  readonly workdir: string;
  readonly hostWorkdir: string;
  /** The final stage's ENV, remapped, plus the PATH entries of tools the layout provided. */
  readonly env: Readonly<Record<string, string>>;
  readonly user?: string;
  /** Users the Dockerfile creates (useradd/adduser) and the base images' known users. */
  readonly users: Readonly<Record<string, ImageUser>>;
  readonly exposed: readonly number[];
  /** ENTRYPOINT + CMD as argv, remapped. */
  readonly command: readonly string[];
  /** ENTRYPOINT in exec form, remapped (empty when none): a command override (compose `command:`) goes after it. */
  readonly entrypoint: readonly string[];
  /** Config files the server reads (an nginx base's conf.d): a port rewrite reaches them too. */
  readonly configFiles?: readonly string[];
  readonly healthcheck?: { readonly argv: readonly string[]; readonly timings: ReturnType<typeof healthcheckTimings> };
  readonly prefixes: readonly string[];
  readonly notes: readonly string[];
  readonly stageDurationsMs: Readonly<Record<string, number>>;
}

export class ImageBuildError extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly output = "",
  ) {
    super(`Dockerfile line ${line}: ${message}`);
    this.name = "ImageBuildError";
  }
}

export interface StageState {
  root: string;
  workdir: string;
  env: Record<string, string>;
  args: Record<string, string>;
  user?: string;
  extraPath: string[];
  exposed: number[];
  cmd?: Instruction;
  entrypoint?: Instruction;
  healthcheck?: Instruction | null;
}

/** Users that official base images ship with. */
export const BASE_IMAGE_USERS: Record<string, ImageUser> = {
  root: { uid: 0, gid: 0, home: "/root" },
  node: { uid: 1000, gid: 1000, home: "/home/node" },
  nginx: { uid: 101, gid: 101 },
  nobody: { uid: 65534, gid: 65534 },
};

/** What every instruction handler may read or record. */
export interface ApplyContext {
  readonly options: LayoutOptions;
  readonly prefixes: readonly string[];
  readonly isIgnored: (relativePath: string) => boolean;
  readonly notes: string[];
  readonly users: Record<string, ImageUser>;
  readonly stageByRef: (ref: string, line: number) => StageState | undefined;
}

/** USER / --chown value → uid and gid, from the Dockerfile's useradd lines and the base images' users. */
export function resolveUser(spec: string | undefined, users: Readonly<Record<string, ImageUser>>): ImageUser | undefined {
  if (!spec) return undefined;
  const [user, group] = spec.split(":");
  const base = users[user!] ?? (/^\d+$/.test(user!) ? { uid: Number(user), gid: Number(user) } : undefined);
  if (!base) return undefined;
  const gid = group === undefined ? base.gid : users[group]?.gid ?? (/^\d+$/.test(group) ? Number(group) : base.gid);
  return { ...base, gid };
}


import { badInput } from "../../errors.js";
import data from "../../data/base-images.json" with { type: "json" };

/** One pinned image: registry name, tag, multi-arch index digest, and where the digest was read. */
export interface PinnedImage {
  readonly image: string;
  readonly tag: string;
  readonly digest: string;
  readonly source: string;
  readonly checkedAt: string;
}

const IMAGES: Readonly<Record<string, PinnedImage>> = data.images;

/** `name:tag@sha256:…` for a pinned image key such as `python:3.12-slim`. */
export function pinnedImage(key: string): string {
  const pin = IMAGES[key];
  if (!pin) {
    throw badInput(`No pinned digest for image "${key}". Pinned: ${Object.keys(IMAGES).sort().join(", ")}`);
  }
  return `${pin.image}:${pin.tag}@${pin.digest}`;
}

export function pinnedImageKeys(): string[] {
  return Object.keys(IMAGES);
}

export function pinFor(key: string): PinnedImage | undefined {
  return IMAGES[key];
}

/** Versions with a pinned image: Node.js majors (`node:<major>-alpine`) and Python minors (`python:<minor>-slim`). */
export function pinnedVersions(): { node: string[]; python: string[] } {
  const versions = (image: string, suffix: string) =>
    Object.values(IMAGES)
      .filter((p) => p.image === image && p.tag.endsWith(suffix))
      .map((p) => p.tag.slice(0, -suffix.length));
  return { node: versions("node", "-alpine"), python: versions("python", "-slim") };
}

/** Python image for a version such as `3.12` or `3.12.4` (patch releases share the minor's tag). */
export function pythonImage(version: string): string {
  const minor = version.split(".").slice(0, 2).join(".");
  return pinnedVersion("python", `${minor}-slim`, "backend.version", version);
}

/** Node.js image for a major version such as `22` (or `22.11.0`). */
export function nodeImage(version: string, optionKey: string): string {
  const major = version.split(".")[0] ?? version;
  return pinnedVersion("node", `${major}-alpine`, optionKey, version);
}

function pinnedVersion(image: string, tag: string, optionKey: string, asked: string): string {
  const key = `${image}:${tag}`;
  if (!IMAGES[key]) {
    const available = Object.values(IMAGES)
      .filter((p) => p.image === image)
      .map((p) => p.tag.replace(/-(slim|alpine)$/, ""));
    throw badInput(
      `${optionKey}: ${JSON.stringify(asked)} has no pinned ${image} base image. Allowed: ${available.join(", ")} (see docs/base-images.md to add one)`,
    );
  }
  return pinnedImage(key);
}

/** The PostgreSQL major everything runs: containers (compose, CI, restore checks) and managed databases (infra/). */
export const POSTGRES_MAJOR = "17";
const POSTGRES_IMAGE = `postgres:${POSTGRES_MAJOR}-alpine`;
const POSTGIS_IMAGE = `postgis/postgis:${POSTGRES_MAJOR}-3.5-alpine`;

/** The database server image for the chosen database (PostGIS when asked), by tag and digest. */
export function databaseImage(options: { readonly database: string }): string {
  return pinnedImage(options.database === "postgis" ? POSTGIS_IMAGE : POSTGRES_IMAGE);
}

/**
 * Client tools (pg_dump, pg_restore, psql) of the same major as the server: pg_dump refuses a newer
 * server, so dumps run from this image rather than whatever client a runner or node has installed.
 */
export function postgresClientImage(): string {
  return pinnedImage(POSTGRES_IMAGE);
}

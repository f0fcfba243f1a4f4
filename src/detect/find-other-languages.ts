import { baseOf, depthOf, dirOf } from "./paths.js";
import { isOutsideApp, type RepoIndex } from "./repo-index.js";

/** Manifests of server languages the baseline has no pieces for; named, never guessed as something else. */
const MANIFESTS: Readonly<Record<string, string>> = {
  "go.mod": "Go",
  "Cargo.toml": "Rust",
  Gemfile: "Ruby",
  "composer.json": "PHP",
  "mix.exs": "Elixir",
  "pom.xml": "Java",
  "build.gradle": "Java/Kotlin",
  "build.gradle.kts": "Kotlin",
  "Package.swift": "Swift",
};

/** Records each service in another language (shallow, outside examples and tests) as unsupported. */
export function findOtherLanguages(index: RepoIndex): void {
  for (const path of index.paths) {
    const language = MANIFESTS[baseOf(path)];
    if (!language || isOutsideApp(path) || depthOf(dirOf(path)) > 3) continue;
    index.unsupported.push({ role: "backend", framework: language, file: path });
  }
}

import { Option, type Command } from "commander";

// Kept apart from `connect` (github-flags.ts), so declaring the commands does not load Octokit: only
// resync and rollout, when they run, import the GitHub client.

/** Flags every command that talks to GitHub shares. */
export interface GitHubFlags {
  tokenEnv?: string;
  appId?: string;
  appPrivateKeyFile?: string;
  appPrivateKeyEnv?: string;
  apiUrl?: string;
  pacing?: string;
  writesPerMinute?: string;
  writesPerHour?: string;
  debug?: boolean;
}

export function addGitHubFlags(command: Command): Command {
  const group = "GitHub connection:";
  const add = (option: Option) => command.addOption(option.helpGroup(group));
  add(new Option("--token-env <name>", "environment variable holding the token (default GITHUB_TOKEN, then GH_TOKEN)"));
  add(new Option("--app-id <id>", "authenticate as this GitHub App (installation token per organisation); also GITHUB_APP_ID"));
  add(new Option("--app-private-key-file <path>", "the App's private key (PEM)"));
  add(new Option("--app-private-key-env <name>", "environment variable holding the App's private key (default GITHUB_APP_PRIVATE_KEY)"));
  add(new Option("--api-url <url>", "REST API root for GitHub Enterprise Server, e.g. https://github.example.com/api/v3"));
  add(new Option("--writes-per-minute <n>", "write budget per identity and minute (GitHub's secondary limit: 80)"));
  add(new Option("--writes-per-hour <n>", "write budget per identity and hour (GitHub's secondary limit: 500)"));
  add(new Option("--pacing <mode>", "github: pace writes as GitHub asks (default); off: no client-side pacing or budget (GHES without rate limits, a local test server)").choices(["github", "off"]));
  add(new Option("--debug", "log every request (tokens are masked)"));
  return command;
}

/** Where the fake GitHub lives: API base and the base used for `html_url`s. */
export interface Urls {
  readonly api: string;
  readonly html: string;
}

export type AccountType = "User" | "Organization" | "Bot";

/** A stable numeric id per login, so the same account always gets the same id. */
export function accountId(login: string): number {
  let hash = 7;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
  return hash + 1;
}

/** The `simple-user` shape (also valid as `nullable-simple-user`). */
export function makeUser(urls: Urls, login: string, type: AccountType = "User"): Record<string, unknown> {
  const id = accountId(login);
  const url = `${urls.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: Buffer.from(`04:${type}${id}`).toString("base64"),
    avatar_url: `${urls.html}/avatars/${encodeURIComponent(login)}`,
    gravatar_id: "",
    url,
    html_url: `${urls.html}/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
    user_view_type: "public",
  };
}

/** The identity every write is attributed to (any token authenticates as this app's bot). */
export const BOT_LOGIN = "devops-baseline[bot]";

export function makeBot(urls: Urls): Record<string, unknown> {
  return makeUser(urls, BOT_LOGIN, "Bot");
}

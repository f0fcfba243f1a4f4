/** Names that hold a credential: *PASSWORD*, *SECRET*, *_TOKEN, *_KEY, DSNs, and service URLs that carry a password. */
const SECRET_NAME = /PASSWORD|PASSWD|SECRET|(^|_)(TOKEN|KEY|APIKEY|DSN|CREDENTIALS?|PASS|PWD|PRIVATE_KEY)$|(^|_)(DATABASE|DB|REDIS|BROKER|CACHE|MONGO|MONGODB|AMQP|RABBITMQ)_(URL|URI)$/;
/** Keys that name something public despite the word KEY: a publishable or public key, a key id. */
const PUBLIC_KEY = /(PUBLISHABLE|PUBLIC)_KEY|KEY_ID$|_KEY_PREFIX$/;

/** Bundlers inline these at build time, so they are build args and never secret (they ship to every browser). */
const PUBLIC_PREFIX = /^(NEXT_PUBLIC_|VITE_|REACT_APP_|PUBLIC_|NUXT_PUBLIC_)/;

export const isPublicBuildVar = (name: string): boolean => PUBLIC_PREFIX.test(name);

/** Secret by name (`*_KEY`, `*_SECRET`, `*_TOKEN`, `*PASSWORD*`, DSNs) or by use; a public build variable never is. */
export function isSecret(name: string, secretUse: boolean): boolean {
  if (isPublicBuildVar(name)) return false;
  if (secretUse) return true;
  return SECRET_NAME.test(name) && !PUBLIC_KEY.test(name);
}

import type { HandlerContext, HandlerResult } from "./route-types.js";
import { unprocessable } from "./route-types.js";

/**
 * One page of `items` with GitHub's `Link` header (`next`, `last`, `first`, `prev`);
 * `wrap` builds bodies such as search's `{ total_count, items }`.
 */
export function paginate<T>(
  ctx: HandlerContext,
  items: readonly T[],
  wrap: (page: readonly T[]) => unknown = (page) => page,
  maxResults = Number.POSITIVE_INFINITY,
): HandlerResult {
  const perPage = Math.min(Math.max(Number(ctx.query["per_page"] ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query["page"] ?? 1) || 1, 1);
  if ((page - 1) * perPage >= maxResults) {
    throw unprocessable(`Only the first ${maxResults} search results are available`);
  }
  const reachable = Math.min(items.length, maxResults);
  const last = Math.max(Math.ceil(reachable / perPage), 1);
  const slice = items.slice((page - 1) * perPage, Math.min(page * perPage, reachable));
  const linkTo = (target: number): string => {
    const url = new URL(ctx.url.href);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(target));
    return `<${url.href}>`;
  };
  const links: string[] = [];
  if (page < last) links.push(`${linkTo(page + 1)}; rel="next"`, `${linkTo(last)}; rel="last"`);
  if (page > 1) links.push(`${linkTo(1)}; rel="first"`, `${linkTo(page - 1)}; rel="prev"`);
  return {
    status: 200,
    body: wrap(slice),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}

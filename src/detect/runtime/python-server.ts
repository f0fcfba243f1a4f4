import { TOOL_VERSIONS } from "../../pins/tool-versions.js";
import type { AppCandidate } from "../app-candidate.js";
import type { RuntimeFact } from "./facts.js";

/**
 * The server a Python image runs, from the app's own dependencies first: daphne or uvicorn when the
 * project declares them for ASGI, gunicorn otherwise. When the chosen server is not declared, the
 * image adds it at a pinned version, and the user hears so.
 */
export function pythonServerFacts(app: AppCandidate, asgi: boolean, warnings: string[]): RuntimeFact[] {
  const deps = new Map((app.python?.deps ?? []).map((d) => [d.name, d.file]));
  // fastapi[standard] brings uvicorn with it.
  const fastapi = app.python?.deps.find((d) => d.name === "fastapi" && d.extras.some((e) => e === "standard" || e === "all"));
  if (fastapi && !deps.has("uvicorn")) deps.set("uvicorn", fastapi.file);
  // The manifest that declares the framework: the first manifest may be one that was skipped as unreadable.
  const framework = app.python?.deps.find((d) => d.name === app.kind)?.file;
  const manifest = framework ?? app.python?.manifests[0] ?? app.file;
  const declared = (name: string) => deps.get(name);
  const pick = (): { server: "gunicorn" | "uvicorn" | "daphne"; file: string; reason: string } => {
    if (asgi && declared("daphne") && !declared("gunicorn")) return { server: "daphne", file: declared("daphne")!, reason: "declares daphne, an ASGI server" };
    if (asgi && declared("uvicorn") && !declared("gunicorn")) return { server: "uvicorn", file: declared("uvicorn")!, reason: "declares uvicorn and not gunicorn" };
    if (declared("gunicorn")) return { server: "gunicorn", file: declared("gunicorn")!, reason: `declares gunicorn${asgi ? " (with uvicorn workers for ASGI)" : ""}` };
    return { server: asgi ? "uvicorn" : "gunicorn", file: manifest, reason: `declares no ${asgi ? "ASGI" : "WSGI"} server` };
  };
  const chosen = pick();
  const needed = chosen.server === "gunicorn" && asgi ? ["gunicorn", "uvicorn-worker"] : [chosen.server];
  const missing = needed.filter((name) => !declared(name));
  if (missing.length > 0) {
    const pins = missing.map((name) => `${name}==${TOOL_VERSIONS[name as keyof typeof TOOL_VERSIONS]}`).join(" and ");
    warnings.push(`${manifest} does not declare ${missing.join(" or ")}: the backend image adds ${pins}. Add ${missing.length > 1 ? "them" : "it"} to your dependencies to choose the version yourself.`);
  }
  return [{ key: "server", value: chosen.server, file: chosen.file, reason: `${chosen.file} ${chosen.reason}` }];
}

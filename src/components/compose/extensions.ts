import type { BaselineOptions } from "../../options/index.js";
import { logsComposeAddition } from "../logs/compose-logs.js";
import type { ComposeAddition } from "./compose-model.js";

/** Something another component contributes to compose.prod.yml, or nothing for these options. */
export type ProdComposeExtension = (options: BaselineOptions) => ComposeAddition | undefined;

/**
 * Contributions to compose.prod.yml from other components, in order. Add one line here (for example
 * the self-hosted target's tunnel service); names must not clash with the baseline's services.
 */
export const PROD_COMPOSE_EXTENSIONS: readonly ProdComposeExtension[] = [logsComposeAddition];

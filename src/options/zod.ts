import { config, z } from "zod";

// The one door to zod, so its setting holds wherever a schema is built. A run parses each schema once or
// twice: zod's compiled fast path costs more to generate than it saves.
config({ jitless: true });

export { z };

import type { RuleSample } from "./sample.js";

export const GOOD_SCRIPT = `#!/usr/bin/env bash
set -euo pipefail
pg_dump "$DATABASE_URL" | gzip > "/backups/$(date +%F).sql.gz"
`;

export const shellSamples: Record<string, RuleSample> = {
  SH001: {
    bad: { "scripts/backup.sh": GOOD_SCRIPT.replace("set -euo pipefail", "set -e") },
    good: { "scripts/backup.sh": GOOD_SCRIPT, "scripts/posix.sh": "#!/bin/sh\nset -eu\necho ok\n", "scripts/env.sh": "export A=1\n", "bin/deploy": "#!/bin/bash -eu\nset -o pipefail\necho ok\n" },
    at: { file: "scripts/backup.sh", line: 1 },
  },
};

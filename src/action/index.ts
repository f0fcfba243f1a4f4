/** Entry of the GitHub Action (`action.yml`, bundled to `dist/action/index.js`). */
import { runAction } from "./run-action.js";

process.exitCode = await runAction(process.env);

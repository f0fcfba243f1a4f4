/**
 * Child process of test/safety/crash.test.ts: runs one synth of the test tree's version 2 in the repo
 * given as argv[2] with --adopt, to be killed by DEVOPS_BASELINE_CRASH_AFTER at a write step.
 */
import { synthesizeRendered } from "../../src/synth/synthesize-rendered.js";
import { testTree } from "./test-tree.js";

const [root] = process.argv.slice(2);
synthesizeRendered(root!, testTree(2), { force: false, adopt: true });

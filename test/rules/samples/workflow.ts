import { CHECKOUT, lineOf, type RuleSample, swap } from "./sample.js";

const CI = ".github/workflows/ci.yml";
const DEPLOY = ".github/workflows/deploy.yml";

export const GOOD_CI = `name: ci
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-24.04
    timeout-minutes: 15
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - name: Test
        env:
          TITLE: \${{ github.event.pull_request.title }}
        run: |
          echo "testing $TITLE (#\${{ github.event.pull_request.number }})"
          npm test
`;

const GOOD_DEPLOY = `name: deploy
on:
  push:
    branches: [main]
permissions: {}
concurrency:
  group: deploy-production
  cancel-in-progress: false
jobs:
  deploy:
    runs-on: ubuntu-24.04
    timeout-minutes: 30
    environment: production
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@b47578312673ae6fa5b5096b330d9fbac3d116df # v4.2.1
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
      - run: ./scripts/deploy.sh
`;

const ci = (text: string) => ({ [CI]: text });
const deploy = (text: string) => ({ [DEPLOY]: text });
const step = (extra: string) => swap(GOOD_CI, "      - name: Test\n", `${extra}      - name: Test\n`);

const PR_TARGET = swap(swap(GOOD_CI, "  pull_request:\n", "  pull_request_target:\n"), "        with:\n", "        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n");
const withSecretEnv = (run: string) => step(`      - name: Publish\n        env:\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n        run: ${run}\n`);

export const workflowSamples: Record<string, RuleSample> = {
  WF001: {
    bad: ci(swap(GOOD_CI, CHECKOUT, "actions/checkout@v4")),
    good: ci(GOOD_CI),
    at: { file: CI, line: lineOf(GOOD_CI, "- uses:") },
  },
  WF002: {
    bad: ci(swap(GOOD_CI, "  contents: read\n", "  contents: write\n")),
    good: ci(GOOD_CI),
    at: { file: CI, line: lineOf(GOOD_CI, "permissions:") },
  },
  WF003: {
    bad: ci(swap(GOOD_CI, "    timeout-minutes: 15\n", "    timeout-minutes: 15\n    permissions:\n      packages: write\n")),
    good: ci(swap(swap(GOOD_CI, "    timeout-minutes: 15\n", "    timeout-minutes: 15\n    permissions:\n      packages: write\n"), "npm test\n", 'npm test\n          docker push "ghcr.io/acme/app:$GITHUB_SHA"\n')),
    at: { file: CI, line: lineOf(GOOD_CI, "timeout-minutes") + 2 },
  },
  WF004: {
    bad: ci(swap(GOOD_CI, "        with:\n          persist-credentials: false\n", "")),
    good: ci(GOOD_CI),
    at: { file: CI, line: lineOf(GOOD_CI, "- uses:") },
  },
  WF005: {
    bad: ci(swap(GOOD_CI, "    timeout-minutes: 15\n", "")),
    good: ci(GOOD_CI),
    at: { file: CI, line: lineOf(GOOD_CI, "  test:") },
  },
  WF006: {
    bad: deploy(swap(GOOD_DEPLOY, "concurrency:\n  group: deploy-production\n  cancel-in-progress: false\n", "")),
    good: deploy(GOOD_DEPLOY),
    at: { file: DEPLOY, line: lineOf(GOOD_DEPLOY, "  deploy:") - 3 },
  },
  WF007: {
    bad: deploy(swap(GOOD_DEPLOY, "          role-to-assume: arn:aws:iam::123456789012:role/deploy\n", "          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")),
    good: deploy(GOOD_DEPLOY),
    at: { file: DEPLOY, line: lineOf(GOOD_DEPLOY, "- uses: aws-actions") },
  },
  WF008: {
    bad: ci(swap(GOOD_CI, 'echo "testing $TITLE', 'echo "testing ${{ github.event.pull_request.title }}')),
    good: ci(GOOD_CI),
    at: { file: CI, line: lineOf(GOOD_CI, "- name: Test") },
  },
  WF009: {
    bad: ci(PR_TARGET),
    good: ci(swap(GOOD_CI, "  pull_request:\n", "  pull_request_target:\n")),
    at: { file: CI, line: lineOf(GOOD_CI, "- uses:") },
  },
  WF010: {
    bad: ci(withSecretEnv('echo "publishing with $NPM_TOKEN"')),
    good: ci(withSecretEnv('echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc')),
    at: { file: CI, line: lineOf(GOOD_CI, "- name: Test") },
  },
  WF011: {
    bad: ci(swap(GOOD_CI, "npm test\n", "npm test || true\n")),
    good: ci(GOOD_CI),
    at: { file: CI, line: lineOf(GOOD_CI, "- name: Test") },
  },
  WF012: {
    bad: deploy(swap(GOOD_DEPLOY, "./scripts/deploy.sh", "ssh -o StrictHostKeyChecking=no deploy@app.example.com ./deploy.sh")),
    good: deploy(swap(GOOD_DEPLOY, "./scripts/deploy.sh", "ssh -o StrictHostKeyChecking=yes deploy@app.example.com ./deploy.sh")),
    at: { file: DEPLOY, line: lineOf(GOOD_DEPLOY, "- run: ./scripts/deploy.sh") },
  },
  WF013: {
    bad: ci(step("      - uses: actions/create-release@0cb9c9b65d5d1901c1f53e5e66eaf4afd303e70e # v1.1.4\n")),
    good: ci(step("      - uses: softprops/action-gh-release@72f2c25fcb47643c292f7107632f7a47c1df5cd8 # v2.3.2\n")),
    at: { file: CI, line: lineOf(GOOD_CI, "- name: Test") },
  },
  WF014: {
    bad: ci(step("      - run: sleep 30\n")),
    good: ci(step("      - run: curl --fail --retry 30 --retry-all-errors http://localhost:8000/health\n")),
    at: { file: CI, line: lineOf(GOOD_CI, "- name: Test") },
  },
};

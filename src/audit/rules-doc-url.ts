/** Where each rule's page lives; code scanning, PR bodies and reports link it. */
export const RULES_DOC_URL = "https://github.com/create-devops-baseline/create-devops-baseline/blob/main/docs/audit.md";

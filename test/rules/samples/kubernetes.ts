import { lineOf, type RuleSample, swap } from "./sample.js";

export const GOOD_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      containers:
        - name: api
          image: ghcr.io/acme/api:1.4.2
          readinessProbe:
            httpGet:
              path: /health
              port: 8000
          livenessProbe:
            httpGet:
              path: /health
              port: 8000
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
`;

const FILE = "k8s/deployment.yaml";
const G = GOOD_DEPLOYMENT;
const k8s = (text: string) => ({ [FILE]: text });
const at = { file: FILE, line: lineOf(G, "- name: api") };

export const kubernetesSamples: Record<string, RuleSample> = {
  K8001: { bad: k8s(swap(G, "        runAsNonRoot: true\n", "        runAsNonRoot: false\n")), good: k8s(G), at },
  K8002: { bad: k8s(swap(G, "            allowPrivilegeEscalation: false\n", "            privileged: true\n")), good: k8s(G), at },
  K8003: { bad: k8s(swap(G, "          livenessProbe:\n            httpGet:\n              path: /health\n              port: 8000\n", "")), good: k8s(G), at },
  K8004: { bad: k8s(swap(G, "            limits:\n              memory: 512Mi\n", "")), good: k8s(G), at },
  K8005: { bad: k8s(swap(G, "            readOnlyRootFilesystem: true\n", "")), good: k8s(G), at },
};

import { lineOf, PG, type RuleSample, swap } from "./sample.js";

export const GOOD_COMPOSE = `services:
  app:
    build: .
    depends_on:
      db:
        condition: service_healthy
    environment:
      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD:?set it in .env}@db:5432/app
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
    ports:
      - 127.0.0.1:8000:8000
  db:
    image: ${PG}
    environment:
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set it in .env}
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
    volumes:
      - db-data:/var/lib/postgresql/data
volumes:
  db-data: {}
`;

export const GOOD_PROD_COMPOSE = `services:
  app:
    image: ghcr.io/acme/app:1.4.2
    restart: unless-stopped
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
    deploy:
      resources:
        limits:
          cpus: "1.0"
          memory: 512M
`;

const DEV = "docker-compose.yml";
const PROD = "compose.prod.yml";
const G = GOOD_COMPOSE;
const dev = (text: string) => ({ [DEV]: text });
const prod = (text: string) => ({ [PROD]: text });

export const composeSamples: Record<string, RuleSample> = {
  CP001: { bad: dev(swap(G, '    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n', "")), good: dev(G), at: { file: DEV, line: lineOf(G, "    image:") - 1 } },
  CP002: { bad: dev(swap(G, "    depends_on:\n      db:\n        condition: service_healthy\n", "    depends_on:\n      - db\n")), good: dev(G), at: { file: DEV, line: lineOf(G, "depends_on:") } },
  CP003: { bad: prod(swap(GOOD_PROD_COMPOSE, "    restart: unless-stopped\n", "")), good: prod(GOOD_PROD_COMPOSE), at: { file: PROD, line: 2 } },
  CP004: { bad: prod(swap(GOOD_PROD_COMPOSE, "    deploy:\n      resources:\n        limits:\n          cpus: \"1.0\"\n          memory: 512M\n", "")), good: prod(GOOD_PROD_COMPOSE), at: { file: PROD, line: 2 } },
  CP005: { bad: dev(swap(G, "    build: .\n", "    build: .\n    privileged: true\n")), good: dev(G), at: { file: DEV, line: lineOf(G, "build: .") + 1 } },
  CP006: { bad: dev(swap(G, "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}", "POSTGRES_PASSWORD: hunter2")), good: dev(G), at: { file: DEV, line: lineOf(G, "      POSTGRES_PASSWORD:") } },
};

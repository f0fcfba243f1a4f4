import { lineOf, type RuleSample, swap } from "./sample.js";

export const GOOD_NGINX = `worker_processes auto;
events {
    worker_connections 1024;
}
http {
    server_tokens off;
    server {
        listen 8080;
        add_header X-Content-Type-Options "nosniff" always;
        add_header X-Frame-Options "DENY" always;
        location / {
            proxy_pass http://app:8000;
        }
        location /static/ {
            root /srv;
            add_header Cache-Control "public, max-age=86400" always;
            add_header X-Content-Type-Options "nosniff" always;
            add_header X-Frame-Options "DENY" always;
        }
    }
    # Redirects only: no page to protect.
    server {
        listen 8081;
        return 301 https://$host$request_uri;
    }
}
`;

const FILE = "deploy/nginx/nginx.conf";
const G = GOOD_NGINX;
const conf = (text: string) => ({ [FILE]: text });

export const nginxSamples: Record<string, RuleSample> = {
  NG001: { bad: conf(swap(G, "    server_tokens off;\n", "")), good: conf(G), at: { file: FILE, line: lineOf(G, "http {") } },
  NG002: {
    bad: conf(swap(G, '            add_header X-Content-Type-Options "nosniff" always;\n            add_header X-Frame-Options "DENY" always;\n        }\n    }', "        }\n    }")),
    good: conf(G),
    at: { file: FILE, line: lineOf(G, "location /static/") },
  },
  NG003: {
    bad: conf(swap(G, '        add_header X-Frame-Options "DENY" always;\n        location / {', "        location / {")),
    good: conf(G),
    at: { file: FILE, line: lineOf(G, "listen 8080") - 1 },
  },
};

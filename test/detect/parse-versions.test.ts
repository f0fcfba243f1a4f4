import { describe, expect, it } from "vitest";
import {
  nodeFromImage,
  nodeFromRange,
  nodePin,
  pythonFromImage,
  pythonFromRange,
  pythonPin,
  readDockerfile,
  readToolVersions,
} from "../../src/detect/parse-versions.js";

describe("Python versions", () => {
  it.each([
    ["3.12", "3.12"],
    ["3.11.4\n", "3.11"],
    ["python-3.11.4", "3.11"],
    ["cpython-3.12.1", "3.12"],
    ["# comment\n3.10.2\n3.9", "3.10"],
    ["pypy3.10-7.3.15", undefined],
    ["my-virtualenv", undefined],
    ["", undefined],
  ])("pin %j → %s", (text, expected) => expect(pythonPin(text)).toBe(expected));

  it.each([
    [">=3.11", "3.11"],
    ["^3.10", "3.10"],
    ["~=3.11.2", "3.11"],
    ["==3.12.*", "3.12"],
    [">=3.9,<3.13", "3.9"],
    ["<3.13,>=3.10", "3.10"],
    [">3.9", "3.10"],
    ["3.11.*", "3.11"],
    [">= 3.10, < 4", "3.10"],
    ["<3.13", undefined],
    [">=3", undefined],
    ["*", undefined],
  ])("range %j → %s", (spec, expected) => expect(pythonFromRange(spec)).toBe(expected));

  it.each([
    ["python:3.12-slim", "3.12"],
    ["docker.io/library/python:3.11.9-slim-bookworm@sha256:abc", "3.11"],
    ["ghcr.io/astral-sh/uv:python3.12-bookworm-slim", "3.12"],
    ["tiangolo/uvicorn-gunicorn-fastapi:python3.11", "3.11"],
    ["python:3", undefined],
    ["python", undefined],
    ["node:20-alpine", undefined],
  ])("image %s → %s", (image, expected) => expect(pythonFromImage(image)).toBe(expected));
});

describe("Node.js versions", () => {
  it.each([
    ["v20", "20"],
    ["20.11.1\n", "20"],
    ["lts/iron", "20"],
    ["lts/hydrogen", "18"],
    ["lts/jod", "22"],
    ["lts/*", undefined],
    ["node", undefined],
    ["v999", undefined],
  ])("pin %j → %s", (text, expected) => expect(nodePin(text)).toBe(expected));

  it.each([
    [">=18.17.0", "18"],
    ["^20 || ^22", "20"],
    ["20.x", "20"],
    [">= 18 < 21", "18"],
    ["~20.11", "20"],
    ["*", undefined],
    ["<21", undefined],
  ])("engines %j → %s", (spec, expected) => expect(nodeFromRange(spec)).toBe(expected));

  it.each([
    ["node:20-alpine", "20"],
    ["node:20.11.1-bookworm-slim", "20"],
    ["docker.io/library/node:22@sha256:abc", "22"],
    ["node:lts-alpine", undefined],
    ["oven/bun:1", undefined],
  ])("image %s → %s", (image, expected) => expect(nodeFromImage(image)).toBe(expected));

  it("reads .tool-versions from asdf and mise", () => {
    const tools = readToolVersions("nodejs 20.11.0 18.19.0\npython 3.12.1 # main\n\nnode 22\n");
    expect(tools.get("nodejs")).toBe("20.11.0");
    expect(tools.get("python")).toBe("3.12.1");
    expect(tools.get("node")).toBe("22");
  });
});

describe("readDockerfile", () => {
  it("substitutes ARG defaults in FROM, skips flags, and keeps the last EXPOSE", () => {
    const facts = readDockerfile(
      [
        "# syntax=docker/dockerfile:1",
        "ARG NODE_VERSION=20",
        'ARG PY="3.12"',
        "FROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-alpine AS assets",
        "FROM python:${PY}-slim AS runtime",
        "FROM python:${MISSING:-3.11}-slim",
        "EXPOSE 8000",
        "EXPOSE 8080/tcp",
        "EXPOSE $PORT",
      ].join("\n"),
    );
    expect(facts.images).toEqual(["node:20-alpine", "python:3.12-slim", "python:3.11-slim"]);
    expect(facts.port).toBe(8080);
  });

  it("reads a FROM continued over lines", () => {
    expect(readDockerfile("FROM \\\n  python:3.13-slim\n").images).toEqual(["python:3.13-slim"]);
  });
});

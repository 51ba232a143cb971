#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { packageRoot } from "../../engine/paths.js";
import { exitOnWriteError, streamOutput } from "./output.js";
import { run } from "./program.js";

const version = (JSON.parse(readFileSync(`${packageRoot()}/package.json`, "utf8")) as { version: string }).version;
exitOnWriteError(process.stdout, process.stderr, (code) => process.exit(code));
process.exitCode = await run(process.argv.slice(2), streamOutput(process.stdout, process.stderr, process.env), version);

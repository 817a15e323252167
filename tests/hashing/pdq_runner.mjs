// Test/benchmark runner for src/ondam/web/static/js/pdq.mjs under Node (>= 20).
//
// Reads JSON lines on stdin and writes one JSON line per request on stdout, in order:
//   {"op": "pdq", "path": "<raw RGBA file>", "width": W, "height": H, "dihedral": false}
//       -> {"hash": "<64 hex>", "quality": Q, "ms": <hashing time>, "dihedral": {...}?}
//   {"op": "digest", "path": "<any file>"}  -> {"md5": "<hex>", "sha256": "<hex>"}
//   {"op": "hamming", "a": "<hex>", "b": "<hex>"}  -> {"distance": N}
//   {"op": "dct"}  -> {"matrix": [1024 numbers]}  (the 16x64 DCT matrix, row-major)
// A request that fails gives {"error": "<message>"}; the runner goes on with the next one.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const moduleUrl = new URL("../../src/ondam/web/static/js/pdq.mjs", import.meta.url);
const pdq = await import(process.env.ONDAM_PDQ_MODULE || fileURLToPath(moduleUrl));

async function handle(request) {
  switch (request.op) {
    case "pdq": {
      const bytes = readFileSync(request.path);
      const rgba = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const started = performance.now();
      const result = pdq.pdqHashRGBA(rgba, request.width, request.height, { dihedral: !!request.dihedral });
      return { ...result, ms: performance.now() - started };
    }
    case "digest": {
      const bytes = readFileSync(request.path);
      return { md5: pdq.md5Hex(bytes), sha256: await pdq.sha256Hex(bytes) };
    }
    case "hamming":
      return { distance: pdq.hammingDistance(request.a, request.b) };
    case "dct":
      return { matrix: Array.from(pdq.dctMatrix()) };
    default:
      throw new Error(`unknown op ${JSON.stringify(request.op)}`);
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let reply;
  try {
    reply = await handle(JSON.parse(line));
  } catch (error) {
    reply = { error: String(error && error.message ? error.message : error) };
  }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}

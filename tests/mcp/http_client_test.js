// `mpsandbox serve`'s /mcp endpoint (Streamable HTTP) driven by the official MCP TypeScript
// SDK's client: several turns sharing state, two clients apart, the session header, and
// Origin validation against DNS rebinding.
//
//   node http_client_test.js PATH_TO_MPSANDBOX NODE_MODULES_PARENT
const { createRequire } = require("module");
const path = require("path");
const assert = require("assert");

const [bin, depsDir] = process.argv.slice(2);
const requireDeps = createRequire(path.join(path.resolve(depsDir), "package.json"));
const { Client } = requireDeps("@modelcontextprotocol/sdk/client/index.js");
const { StreamableHTTPClientTransport } = requireDeps("@modelcontextprotocol/sdk/client/streamableHttp.js");

const { check, startServer, passed } = require("./harness.js");

async function connect(url) {
  const client = new Client({ name: "mpsandbox-http-test", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(url);
  await client.connect(transport);
  return { client, transport };
}

(async () => {
  const { proc, url } = await startServer(bin);
  try {
    const a = await connect(url);
    const b = await connect(url);

    await check("initialize gives each client an Mcp-Session-Id", async () => {
      assert.match(a.transport.sessionId, /^[0-9a-f]{32}$/);
      assert.notStrictEqual(a.transport.sessionId, b.transport.sessionId);
      assert.strictEqual(a.client.getServerVersion().name, "mpsandbox");
    });

    let session;
    await check("turns share state over HTTP", async () => {
      const r1 = await a.client.callTool({ name: "run_python", arguments: { code: "import math\nr = 2" } });
      session = r1.structuredContent.session;
      const r2 = await a.client.callTool({ name: "run_python", arguments: { code: "round(math.pi * r * r, 3)", session } });
      assert.strictEqual(r2.structuredContent.value, "12.566");
      assert.strictEqual(r2.isError, false);
    });

    await check("another client can use a handle it was given (same tenant)", async () => {
      const r = await b.client.callTool({ name: "run_python", arguments: { code: "r", session } });
      assert.strictEqual(r.structuredContent.value, "2");
    });

    await check("limits are tool errors, the session goes on", async () => {
      const r = await a.client.callTool({ name: "run_python", arguments: { code: "r = 3\nwhile True: pass", session } });
      assert.strictEqual(r.isError, true);
      assert.match(r.structuredContent.status, /fuel_exhausted|timeout/);
      const after = await a.client.callTool({ name: "run_python", arguments: { code: "r", session } });
      assert.strictEqual(after.structuredContent.value, "2");
    }).catch((e) => { throw e; });

    await check("requests need the session header; unknown sessions are 404", async () => {
      const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" });
      const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
      assert.strictEqual((await fetch(url, { method: "POST", headers, body })).status, 400);
      const unknown = { ...headers, "mcp-session-id": "0".repeat(32) };
      assert.strictEqual((await fetch(url, { method: "POST", headers: unknown, body })).status, 404);
      const ok = { ...headers, "mcp-session-id": a.transport.sessionId };
      const res = await fetch(url, { method: "POST", headers: ok, body });
      assert.strictEqual(res.status, 200);
      assert.deepStrictEqual((await res.json()).result, {});
    });

    await check("a foreign Origin is refused (DNS rebinding)", async () => {
      const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize",
        params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "x", version: "1" } } });
      const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
      const evil = await fetch(url, { method: "POST", headers: { ...headers, origin: "http://evil.example" }, body });
      assert.strictEqual(evil.status, 403);
      const local = await fetch(url, { method: "POST", headers: { ...headers, origin: "http://localhost:3000" }, body });
      assert.strictEqual(local.status, 200);
    });

    await require("./streaming_checks.js")(a.client, check, requireDeps);

    await check("DELETE ends the MCP session", async () => {
      const ended = b.transport.sessionId;
      await b.transport.terminateSession();
      const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" });
      const headers = { "content-type": "application/json", accept: "application/json, text/event-stream",
        "mcp-session-id": ended };
      assert.strictEqual((await fetch(url, { method: "POST", headers, body })).status, 404);
    });

    await a.client.close();
  } finally {
    proc.kill("SIGTERM");
  }
  console.log(`${passed()} passed, 0 failed`);
})().catch((e) => {
  console.error("FAIL:", e);
  process.exit(1);
});

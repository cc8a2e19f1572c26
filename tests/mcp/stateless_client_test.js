// Protocol revision 2026-07-28 (no initialize, per-request _meta, session handles as tool
// arguments) served beside 2025-11-25: the official SDK's v2 client negotiates the era with
// server/discover against `mpsandbox serve`'s /mcp and `mpsandbox mcp`, then runs several
// turns; the guest's output arrives as progress notifications while a call runs.
//
//   node stateless_client_test.js PATH_TO_MPSANDBOX NODE_MODULES_PARENT
const { createRequire } = require("module");
const path = require("path");
const assert = require("assert");

const [bin, depsDir] = process.argv.slice(2);
const requireDeps = createRequire(path.join(path.resolve(depsDir), "package.json"));
const { Client, StreamableHTTPClientTransport } = requireDeps("@modelcontextprotocol/client");
const { StdioClientTransport } = requireDeps("@modelcontextprotocol/client/stdio");

const { check, startServer, passed } = require("./harness.js");

async function turns(client, label) {
  await check(`${label}: the era is 2026-07-28`, async () => {
    assert.strictEqual(client.getNegotiatedProtocolVersion(), "2026-07-28");
  });
  await check(`${label}: tools/list`, async () => {
    const { tools } = await client.listTools();
    assert.deepStrictEqual(tools.map((t) => t.name).sort(), ["close_session", "fork_session", "run_python"]);
  });
  let session;
  await check(`${label}: turns share state through the session handle`, async () => {
    const r1 = await client.callTool({ name: "run_python", arguments: { code: "total = 40" } });
    session = r1.structuredContent.session;
    assert.match(session, /^[0-9a-f]{32}$/);
    const r2 = await client.callTool({ name: "run_python", arguments: { code: "total + 2", session } });
    assert.strictEqual(r2.structuredContent.value, "42");
    assert.strictEqual(r2.isError, false);
  });
  await check(`${label}: output streams as progress while the call runs`, async () => {
    const seen = [];
    let firstAt;
    const r = await client.callTool(
      { name: "run_python", arguments: { code: "import time\nfor i in range(3):\n    print('step', i)\n    time.sleep(0.2)", session } },
      { onprogress: (p) => { seen.push(p); firstAt ??= Date.now(); } },
    );
    // The first line was printed 600 ms of sleeping before the call ended (a loaded
    // machine may delay its delivery by tens of milliseconds).
    assert.ok(Date.now() - firstAt >= 300, `first progress only ${Date.now() - firstAt} ms before the result`);
    assert.strictEqual(r.structuredContent.stdout, "step 0\nstep 1\nstep 2\n");
    assert.deepStrictEqual(seen.map((p) => p.message), ["step 0\n", "step 1\n", "step 2\n"]);
    assert.deepStrictEqual(seen.map((p) => p.progress), [1, 2, 3]);
  });
  await check(`${label}: an exception is a tool error with its traceback`, async () => {
    const r = await client.callTool({ name: "run_python", arguments: { code: "1/0", session } });
    assert.strictEqual(r.isError, true);
    assert.strictEqual(r.structuredContent.error.type, "ZeroDivisionError");
  });
  await check(`${label}: fork and close by handle`, async () => {
    const f = await client.callTool({ name: "fork_session", arguments: { session } });
    const forked = f.structuredContent.session;
    const r = await client.callTool({ name: "run_python", arguments: { code: "total", session: forked } });
    assert.strictEqual(r.structuredContent.value, "40");
    await client.callTool({ name: "close_session", arguments: { session: forked } });
    const gone = await client.callTool({ name: "run_python", arguments: { code: "1", session: forked } });
    assert.strictEqual(gone.isError, true);
  });
}

(async () => {
  const { proc, url } = await startServer(bin);
  try {
    const http = new Client({ name: "mpsandbox-2026-test", version: "1.0.0" }, { versionNegotiation: { mode: "auto" } });
    const transport = new StreamableHTTPClientTransport(url);
    await http.connect(transport);
    await turns(http, "HTTP");
    await check("HTTP: no Mcp-Session-Id in the 2026 era", async () => {
      assert.strictEqual(transport.sessionId, undefined);
    });
    await http.close();

    await check("HTTP: a 2025 client on the same endpoint still initializes", async () => {
      const legacy = new Client({ name: "mpsandbox-2025-test", version: "1.0.0" }, { versionNegotiation: { mode: "legacy" } });
      const t = new StreamableHTTPClientTransport(url);
      await legacy.connect(t);
      assert.strictEqual(legacy.getNegotiatedProtocolVersion(), "2025-11-25");
      assert.match(t.sessionId, /^[0-9a-f]{32}$/);
      const r = await legacy.callTool({ name: "run_python", arguments: { code: "6 * 7" } });
      assert.strictEqual(r.structuredContent.value, "42");
      await legacy.close();
    });

    const stdio = new Client({ name: "mpsandbox-2026-test", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
    await stdio.connect(new StdioClientTransport({ command: bin, args: ["mcp"] }));
    await turns(stdio, "stdio");
    await stdio.close();
  } finally {
    proc.kill("SIGTERM");
  }
  console.log(`${passed()} checks passed`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

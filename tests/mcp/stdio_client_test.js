// `mpsandbox mcp` driven by the official MCP TypeScript SDK's client over stdio: several
// turns sharing state, fork and close, errors an LLM can read, and the SDK's own checks
// (protocol negotiation, tool schemas, structuredContent against outputSchema).
//
//   node stdio_client_test.js PATH_TO_MPSANDBOX NODE_MODULES_PARENT
const { createRequire } = require("module");
const path = require("path");
const assert = require("assert");

const [bin, depsDir] = process.argv.slice(2);
const requireDeps = createRequire(path.join(path.resolve(depsDir), "package.json"));
const { Client } = requireDeps("@modelcontextprotocol/sdk/client/index.js");
const { StdioClientTransport } = requireDeps("@modelcontextprotocol/sdk/client/stdio.js");

const { check, passed } = require("./harness.js");

(async () => {
  const transport = new StdioClientTransport({ command: bin, args: ["mcp"] });
  const client = new Client({ name: "mpsandbox-test", version: "1.0.0" });
  await client.connect(transport);

  await check("negotiated and described", async () => {
    assert.strictEqual(client.getServerVersion().name, "mpsandbox");
    assert.ok(client.getServerCapabilities().tools);
  });

  let session;
  await check("tools listed with schemas", async () => {
    const { tools } = await client.listTools();
    assert.deepStrictEqual(tools.map((t) => t.name).sort(), ["close_session", "fork_session", "run_python"]);
    const run = tools.find((t) => t.name === "run_python");
    assert.deepStrictEqual(run.inputSchema.required, ["code"]);
    assert.ok(run.outputSchema);
  });

  await check("run_python starts a session and returns output, value and handle", async () => {
    const r = await client.callTool({ name: "run_python", arguments: { code: "x = 41\nprint('hi')\nx + 1" } });
    assert.strictEqual(r.isError, false);
    assert.strictEqual(r.structuredContent.stdout, "hi\n");
    assert.strictEqual(r.structuredContent.value, "42");
    session = r.structuredContent.session;
    assert.match(session, /^[0-9a-f]{32}$/);
    assert.match(r.content[0].text, /hi\nOut: 42\nSession: [0-9a-f]{32}/);
  });

  await check("several turns share state", async () => {
    await client.callTool({ name: "run_python", arguments: { code: "def f(n): return n * x", session } });
    const r = await client.callTool({ name: "run_python", arguments: { code: "f(2)", session } });
    assert.strictEqual(r.structuredContent.value, "82");
  });

  await check("inputs are bound as globals; value_json beside value", async () => {
    const r = await client.callTool({
      name: "run_python",
      arguments: { code: "{'total': sum(rows) * x, 'who': who}", session, inputs: { rows: [1, 2], who: "é" } },
    });
    assert.strictEqual(r.isError, false);
    assert.deepStrictEqual(JSON.parse(r.structuredContent.value_json), { total: 123, who: "é" });
    const bad = await client.callTool({ name: "run_python", arguments: { code: "1", session, inputs: { "a-b": 1 } } });
    assert.strictEqual(bad.isError, true);
    assert.match(bad.content[0].text, /not a Python identifier/);
  });

  await check("a raised exception is a tool error with its traceback", async () => {
    const r = await client.callTool({ name: "run_python", arguments: { code: "1 / 0", session } });
    assert.strictEqual(r.isError, true);
    assert.strictEqual(r.structuredContent.error.type, "ZeroDivisionError");
    assert.match(r.content[0].text, /Traceback \(most recent call last\)[\s\S]*ZeroDivisionError: division by zero/);
  });

  await check("fork_session copies, close_session ends", async () => {
    const f = await client.callTool({ name: "fork_session", arguments: { session } });
    const forked = f.structuredContent.session;
    await client.callTool({ name: "run_python", arguments: { code: "x = 0", session: forked } });
    const orig = await client.callTool({ name: "run_python", arguments: { code: "x", session } });
    assert.strictEqual(orig.structuredContent.value, "41");
    const c = await client.callTool({ name: "close_session", arguments: { session: forked } });
    assert.strictEqual(c.isError, false);
    const gone = await client.callTool({ name: "run_python", arguments: { code: "x", session: forked } });
    assert.strictEqual(gone.isError, true);
    assert.match(gone.content[0].text, /not_found/);
  });

  await check("reset starts over", async () => {
    const r = await client.callTool({ name: "run_python", arguments: { code: "'x' in globals()", session, reset: true } });
    assert.strictEqual(r.structuredContent.value, "False");
    assert.notStrictEqual(r.structuredContent.session, session);
  });

  await check("bad arguments and unknown tools", async () => {
    const r = await client.callTool({ name: "run_python", arguments: { code: 5 } });
    assert.strictEqual(r.isError, true);
    await assert.rejects(client.callTool({ name: "no_such_tool", arguments: {} }), /Unknown tool/);
  });

  await require("./streaming_checks.js")(client, check, requireDeps);

  await check("ping", async () => {
    await client.ping();
  });

  await client.close();
  console.log(`${passed()} passed, 0 failed`);
})().catch((e) => {
  console.error("FAIL:", e);
  process.exit(1);
});

// Checks shared by the stdio and HTTP tests (2025-11-25 sessions, SDK v1 client): the
// guest's output arrives while run_python runs, as log messages at the client's level and
// as progress when the call asks for it.
const assert = require("assert");

module.exports = async function streamingChecks(client, check, requireDeps) {
  const { LoggingMessageNotificationSchema } = requireDeps("@modelcontextprotocol/sdk/types.js");
  let logs = [];
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => logs.push({ ...n.params, at: Date.now() }));
  const code = "import sys, time\nprint('out 1')\nprint('err 1', file=sys.stderr)\ntime.sleep(0.4)\nprint('é', end='')";

  await check("output arrives as log messages while the call runs", async () => {
    logs = [];
    const r = await client.callTool({ name: "run_python", arguments: { code } });
    const end = Date.now();
    assert.strictEqual(r.structuredContent.stdout, "out 1\né");
    assert.deepStrictEqual(
      logs.map(({ level, logger, data }) => [level, logger, data]),
      [["info", "stdout", "out 1\n"], ["warning", "stderr", "err 1\n"], ["info", "stdout", "é"]],
    );
    assert.ok(end - logs[0].at >= 200, `first message only ${end - logs[0].at} ms before the result`);
  });
  await check("logging/setLevel filters the output messages", async () => {
    await client.setLoggingLevel("warning");
    logs = [];
    await client.callTool({ name: "run_python", arguments: { code } });
    assert.deepStrictEqual(logs.map((l) => l.logger), ["stderr"]);
    await client.setLoggingLevel("error");
    logs = [];
    await client.callTool({ name: "run_python", arguments: { code } });
    assert.deepStrictEqual(logs, []);
  });
  await check("output arrives as progress when the call has a progress token", async () => {
    const seen = [];
    await client.callTool({ name: "run_python", arguments: { code } }, undefined, { onprogress: (p) => seen.push(p) });
    // The v1 client runs notification handlers a tick after reading them but settles the
    // call at once, dropping its progress handler: a notification written just before
    // the response may be read but never handled. Those before the sleep always are.
    const expected = [[1, "out 1\n"], [2, "err 1\n"], [3, "é"]];
    assert.ok(seen.length >= 2, `only ${seen.length} progress notifications`);
    assert.deepStrictEqual(seen.map((p) => [p.progress, p.message]), expected.slice(0, seen.length));
    await client.setLoggingLevel("info");
  });
  await check("a cancelled call stops its exec at once, undone; no response is sent", async () => {
    const first = await client.callTool({ name: "run_python", arguments: { code: "y = 0" } });
    const session = first.structuredContent.session;
    const abort = new AbortController();
    const running = client.callTool({ name: "run_python", arguments: { code: "import time\ny = 1\ntime.sleep(30)", session } }, undefined, {
      signal: abort.signal,
      timeout: 60000,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const aborted = Date.now();
    abort.abort("enough");
    await assert.rejects(running);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Still running, the session would answer busy (HTTP) or only after the sleep ends at
    // the 10 s timeout (stdio answers in order); stopped, it is as before the call.
    const after = await client.callTool({ name: "run_python", arguments: { code: "y", session } });
    assert.ok(Date.now() - aborted < 5000, `answered ${Date.now() - aborted} ms after the cancellation`);
    assert.strictEqual(after.isError, false, JSON.stringify(after.structuredContent));
    assert.strictEqual(after.structuredContent.value, "0");
  });
};

// What the MCP client tests share: a check counter and a `mpsandbox serve` on a free
// loopback port.
const { spawn } = require("child_process");
const readline = require("readline");

let passed = 0;
async function check(name, fn) {
  await fn();
  passed += 1;
  console.log("ok -", name);
}

function startServer(bin) {
  return new Promise((resolve, reject) => {
    const proc = spawn(bin, ["serve", "--listen", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "inherit"] });
    const lines = readline.createInterface({ input: proc.stdout });
    lines.once("line", (line) => {
      const m = /listening on 127\.0\.0\.1:(\d+)/.exec(line);
      if (!m) return reject(new Error("server did not start: " + line));
      resolve({ proc, url: new URL(`http://127.0.0.1:${m[1]}/mcp`) });
    });
    proc.once("exit", (code) => reject(new Error("server exited " + code)));
  });
}

module.exports = { check, startServer, passed: () => passed };

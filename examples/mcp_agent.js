// An agent over MCP: an agent host launches `mpsandbox mcp`, connects with the official MCP
// TypeScript SDK over stdio, and runs the model's code with the run_python tool, turn after
// turn in one sandbox session (the handle the first call returns). examples/README.md
// walks through it. There is no model here: STEPS stand in for what one would write; the
// text each call returns is what the model would read next.
//
//   npm install @modelcontextprotocol/sdk
//   node examples/mcp_agent.js build/mpsandbox
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");
const { StdioClientTransport } = require("@modelcontextprotocol/sdk/client/stdio.js");

const mpsandbox = process.argv[2] || "mpsandbox";

// STAND-IN FOR AN LLM: one step per turn, data passed as `inputs` (bound as globals).
const STEPS = [
  { code: "prices = {p['name']: p['price'] for p in catalog}\nprint(len(prices), 'products')",
    inputs: { catalog: [{ name: "apple", price: 0.5 }, { name: "pear", price: 0.75 }, { name: "fig", price: 2 }] } },
  { code: "sum(prices[name] * n for name, n in basket.items())",  // kiwi is not in the catalog
    inputs: { basket: { apple: 4, kiwi: 2 } } },
  { code: "missing = [n for n in basket if n not in prices]\n"
        + "{'total': sum(prices[k] * n for k, n in basket.items() if k in prices), 'missing': missing}" },
  // basket is still bound: an exception does not undo a turn (a limit's stop would).
];

async function main() {
  const client = new Client({ name: "mcp-agent-example", version: "1.0.0" });
  await client.connect(new StdioClientTransport({ command: mpsandbox, args: ["mcp"] }));
  const { tools } = await client.listTools();
  console.log("tools:", tools.map((t) => t.name).join(", "));

  let session;  // no handle on the first call: run_python makes a session and returns it
  for (const [i, step] of STEPS.entries()) {
    const r = await client.callTool({ name: "run_python", arguments: { ...step, session } });
    session = r.structuredContent.session;
    // content[0].text is what an agent host hands the model; structuredContent is for code.
    console.log(`--- turn ${i + 1} (isError: ${r.isError})\n${r.content[0].text}`);
    if (!r.isError && r.structuredContent.value_json) {
      console.log("value_json:", r.structuredContent.value_json);
    }
  }
  await client.callTool({ name: "close_session", arguments: { session } });
  await client.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

// Talks to Zhiti's MCP server with the official MCP SDK client, as any MCP host would, over stdio (spawning the
// command given after "stdio") or streamable HTTP ("http URL", key in ZHITI_KEY), and prints what it got as one
// JSON object for the Java test to check.
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { StdioClientTransport } = require('@modelcontextprotocol/sdk/client/stdio.js');
const { StreamableHTTPClientTransport } = require('@modelcontextprotocol/sdk/client/streamableHttp.js');

function transport(argv) {
  if (argv[0] === 'stdio') {
    return new StdioClientTransport({ command: argv[1], args: argv.slice(2), env: { ...process.env }, stderr: 'inherit' });
  }
  return new StreamableHTTPClientTransport(new URL(argv[1]),
    { requestInit: { headers: { Authorization: `Bearer ${process.env.ZHITI_KEY}` } } });
}

async function call(client, name, args) {
  try {
    const r = await client.callTool({ name, arguments: args });
    return { isError: r.isError === true, text: r.content.map(c => c.text).join('\n'), structured: r.structuredContent ?? null };
  } catch (e) {
    return { thrown: String(e.message ?? e) };
  }
}

async function main() {
  const client = new Client({ name: 'zhiti-test', version: '1.0.0' });
  await client.connect(transport(process.argv.slice(2)));
  const listed = await client.listTools();
  const out = {
    server: client.getServerVersion(),
    tools: listed.tools.map(t => ({ name: t.name, description: t.description, inputSchema: t.inputSchema })),
    compute: await call(client, 'training_compute', { params: 7e10, tokens: 2e12 }),
    lookup: await call(client, 'catalog_lookup', { kind: 'accelerator', name: 'H100' }),
    badArguments: await call(client, 'training_compute', { params: 'seventy billion', tokens: 2e12 }),
    unknownTool: await call(client, 'no_such_tool', {}),
  };
  if (process.env.ZHITI_ASK) {
    out.ask = await call(client, 'ask', { question: process.env.ZHITI_ASK, lang: 'en' });
  }
  await client.close();
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch(e => { console.error(e); process.exit(1); });

// Talks to Zhiti's /v1 with the official openai npm client, as any OpenAI application would, and prints what it
// got as one JSON object for the Java test to check.
const OpenAI = require('openai');

async function main() {
  const client = new OpenAI({ baseURL: process.env.ZHITI_BASE_URL, apiKey: process.env.ZHITI_KEY });
  const question = process.argv[2];
  const models = await client.models.list();
  const plain = await client.chat.completions.create({
    model: 'zhiti-offline',
    messages: [{ role: 'user', content: question }],
  });
  const stream = await client.chat.completions.create({
    model: 'zhiti-offline',
    messages: [{ role: 'user', content: question }],
    stream: true,
  });
  let streamed = '';
  let chunks = 0;
  let finish = null;
  for await (const chunk of stream) {
    chunks++;
    streamed += chunk.choices[0]?.delta?.content ?? '';
    finish = chunk.choices[0]?.finish_reason ?? finish;
  }
  let refused = null;
  try {
    await new OpenAI({ baseURL: process.env.ZHITI_BASE_URL, apiKey: 'wrong-key-0123456789' })
      .chat.completions.create({ model: 'zhiti-offline', messages: [{ role: 'user', content: question }] });
  } catch (e) {
    refused = e.status;
  }
  console.log(JSON.stringify({
    models: models.data.map((m) => m.id),
    content: plain.choices[0].message.content,
    figures: plain.zhiti.figures.length,
    streamed, chunks, finish, refused,
  }));
}

main().catch((e) => { console.error(String(e && e.stack || e)); process.exit(1); });

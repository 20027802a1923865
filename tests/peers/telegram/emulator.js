'use strict';
// Starts the telegram-test-api Bot API emulator on 127.0.0.1:<port> for the .NET tests.
// Usage: node emulator.js <port>. Prints "listening <port>" when ready; exits when stdin closes (the test process
// that started it is gone) or on SIGTERM/SIGINT.
const axios = require('axios');
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('usage: node emulator.js <port>');
  process.exit(2);
}

// A failed webhook delivery rejects a promise nobody awaits; without this handler Node would exit.
process.on('unhandledRejection', (error) => console.error(`unhandled rejection: ${error && error.message}`));

const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });

// Real Telegram sends the secret_token given to setWebhook back in a header on every delivery; the emulator
// does not, so it is added here (the emulator posts webhooks with this same axios instance).
axios.interceptors.request.use((config) => {
  const hook = Object.values(server.webhooks).find((w) => w && w.url === config.url);
  if (hook && hook.secret_token) {
    config.headers = { ...config.headers, 'X-Telegram-Bot-Api-Secret-Token': hook.secret_token };
  }
  return config;
});

// Telegram.Bot (like real Telegram) expects every successful answer to carry a result and dates in Unix seconds.
// The emulator answers edits, answerCallbackQuery, setWebhook and deleteMessage with "result": null and stamps the
// messages it returns with milliseconds, so its answers to the bot are put right here, where they leave it.
const sendJson = server.webServer.response.json;
server.webServer.response.json = function json(body) {
  const method = /^\/bot[^/]+\/([A-Za-z]+)$/.exec(this.req.path);
  return sendJson.call(this, method && body && body.ok === true ? asTelegramAnswers(method[1], this.req.body, body) : body);
};

function asTelegramAnswers(method, request, body) {
  if (body.result === null || body.result === undefined) {
    const edited = method.startsWith('editMessage') ? editedMessage(request) : null;
    return { ...body, result: edited || true };
  }
  if (body.result && typeof body.result.date === 'number') {
    return { ...body, result: { ...body.result, date: Math.floor(body.result.date / 1000) } };
  }
  return body;
}

// Real Telegram answers an edit of the bot's own message with the message as it is now.
function editedMessage(request) {
  const stored = server.storage.botMessages.find((m) => String(m.messageId) === String(request.message_id)
    && String(m.message.chat_id) === String(request.chat_id));
  if (!stored) return null;
  const { chat_id: chatId, parse_mode: _mode, ...fields } = stored.message;
  return { ...fields, message_id: stored.messageId, date: Math.floor(stored.time / 1000), chat: { id: Number(chatId), type: 'private' } };
}

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    await server.stop();
  } finally {
    process.exit(code);
  }
}

process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
process.stdin.on('end', () => stop(0));
process.stdin.on('close', () => stop(0));
process.stdin.resume();

server.start().then(
  () => console.log(`listening ${port}`),
  (error) => {
    console.error(`could not start: ${error && error.message}`);
    process.exit(1);
  },
);

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

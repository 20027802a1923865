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

// The emulator knows no sendDocument, and reads no multipart bodies (how files reach the Bot API). A front in the
// same process takes sendDocument as Telegram does (multipart/form-data with a "document" file part), keeps the
// file, records the message (with its document) in the emulator's history, and serves the bytes back at
// /file/bot<token>/documents/<file_id>, the shape of Telegram's file downloads. Everything else goes to the emulator.
const emulatorApp = server.webServer;
const documents = new Map();
let nextDocument = 1;

function front(req, res) {
  const path = req.url.split('?')[0];
  const send = /^\/bot([^/]+)\/sendDocument$/.exec(path);
  if (send && req.method === 'POST') {
    receiveDocument(req, res, decodeURIComponent(send[1]));
    return;
  }
  const file = /^\/file\/bot[^/]+\/documents\/([A-Za-z0-9_-]+)$/.exec(path);
  if (file && req.method === 'GET') {
    const stored = documents.get(file[1]);
    if (!stored) {
      answer(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    res.writeHead(200, { 'Content-Type': stored.mimeType, 'Content-Length': stored.bytes.length });
    res.end(stored.bytes);
    return;
  }
  emulatorApp(req, res);
}
front.settings = emulatorApp.settings;
server.webServer = front;

function receiveDocument(req, res, token) {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let form;
    try {
      form = parseMultipart(Buffer.concat(chunks), req.headers['content-type']);
    } catch (error) {
      answer(res, 400, { ok: false, error_code: 400, description: `Bad Request: ${error.message}` });
      return;
    }
    // The file is the "document" part, or a part named by "attach://<name>" in the document field.
    const attached = /^attach:\/\/(.+)$/.exec(form.fields.document || '');
    const upload = attached ? form.files[attached[1]] : form.files.document;
    if (!upload || !form.fields.chat_id) {
      answer(res, 400, { ok: false, error_code: 400, description: 'Bad Request: chat_id and a document file are required' });
      return;
    }
    const fileId = `doc${nextDocument++}`;
    documents.set(fileId, { mimeType: upload.mimeType, bytes: upload.bytes });
    const document = { file_id: fileId, file_unique_id: fileId, file_name: upload.fileName, mime_type: upload.mimeType, file_size: upload.bytes.length };
    const message = { chat_id: form.fields.chat_id, document };
    for (const field of ['caption', 'parse_mode', 'reply_markup']) {
      if (form.fields[field] !== undefined) message[field] = form.fields[field];
    }
    const added = server.addBotMessage(message, token);
    const { chat_id: _chat, parse_mode: _mode, text: _text, ...fields } = added; // eslint-disable-line no-unused-vars
    answer(res, 200, { ok: true, result: { ...fields, date: Math.floor(added.date / 1000) } });
  });
}

function answer(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) });
  res.end(json);
}

// multipart/form-data (RFC 7578): each part's headers, then its bytes up to CRLF and the next boundary.
function parseMultipart(body, contentType) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType || '');
  if (!match) throw new Error('expected multipart/form-data with a boundary');
  const boundary = Buffer.from(`--${(match[1] || match[2]).trim()}`);
  const form = { fields: {}, files: {} };
  let at = body.indexOf(boundary);
  while (at >= 0) {
    at += boundary.length;
    if (body.subarray(at, at + 2).toString() === '--') break;
    const headersEnd = body.indexOf('\r\n\r\n', at);
    const next = body.indexOf(boundary, headersEnd);
    if (headersEnd < 0 || next < 0) throw new Error('a part is cut short');
    const headers = body.subarray(at + 2, headersEnd).toString('utf8');
    const bytes = body.subarray(headersEnd + 4, next - 2);
    const name = /;\s*name="?([^";\r\n]+)"?/i.exec(headers);
    if (!name) throw new Error('a part has no name');
    const fileName = /;\s*filename="?([^";\r\n]+)"?/i.exec(headers);
    if (fileName) {
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers);
      // Telegram reads the type from the file's name when the part does not say it (or says only "bytes").
      const guessed = fileName[1].toLowerCase().endsWith('.ics') ? 'text/calendar' : 'application/octet-stream';
      const given = type ? type[1].trim() : 'application/octet-stream';
      form.files[name[1]] = { fileName: fileName[1], mimeType: given === 'application/octet-stream' ? guessed : given, bytes: Buffer.from(bytes) };
    } else {
      form.fields[name[1]] = bytes.toString('utf8');
    }
    at = next;
  }
  return form;
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

#!/usr/bin/env node
// Holds conversations with the bot through botframework-directlinejs, the real Direct Line client, and prints what
// each conversation saw as JSON on stdout (diagnostics go to stderr). Started by the .NET tests.
//
//   node conversation.js <plan.json>
//
// The plan: { "baseUrl": "http://127.0.0.1:port", "mode": "polling" | "websocket",
//             "conversations": [ { "name": "alice", "steps": [ step, ... ] }, ... ] }
// A step is one user action, taken once the bot has answered the previous one:
//   { "say": "free text" }            types a message
//   { "click": "regex" }              presses the button (suggested action or card button) whose title matches
//   { "event": { "name": ..., "value": ... } }   posts an event activity (a contact centre's handoff.status)
//   { "waitFor": "regex" }            posts nothing: waits for a bot message since the user's last activity whose text
//                                     matches (a person's answer); its replies are all bot activities since then
// A conversation with "postVia": "http://127.0.0.1:otherPort" posts its steps with plain HTTP to that host (another
// instance of the bot) while the directlinejs client reads them, and the replies, from baseUrl.
// The conversations run at the same time, interleaved. Exit code 0 with results, else 1 with a reason on stderr.
'use strict';

const fs = require('fs');

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const directLineUrl = plan.baseUrl.replace(/\/$/, '') + '/v3/directline';
const overallTimeoutMs = plan.timeoutMs || 120000;

function fail(reason) {
  process.stderr.write('FAIL: ' + reason + '\n');
  process.exit(1);
}

setTimeout(() => fail('the conversations did not finish within ' + overallTimeoutMs + ' ms'), overallTimeoutMs).unref();

async function newToken() {
  const response = await fetch(plan.baseUrl.replace(/\/$/, '') + '/api/webchat/token', { method: 'POST' });
  if (!response.ok) {
    fail('the token endpoint answered ' + response.status);
  }
  return (await response.json()).token;
}

// What the activity looked like, reduced to what the tests assert on.
function summarize(activity) {
  const buttons = [];
  for (const action of (activity.suggestedActions && activity.suggestedActions.actions) || []) {
    buttons.push(action.title);
  }
  const cards = [];
  for (const attachment of activity.attachments || []) {
    const content = attachment.content || {};
    cards.push({
      contentType: attachment.contentType,
      name: attachment.name,
      title: content.title || undefined,
      text: content.text || undefined,
      body: content.body ? JSON.stringify(content.body) : undefined,
      buttons: (content.buttons || content.actions || []).map((b) => b.title),
      transcript: Array.isArray(content.activities) ? content.activities.map((a) => ({ role: a.from && a.from.role, text: a.text })) : undefined,
    });
  }
  return {
    id: activity.id,
    type: activity.type,
    name: activity.name,
    value: activity.value,
    role: activity.from && activity.from.role,
    fromId: activity.from && activity.from.id,
    conversationId: activity.conversation && activity.conversation.id,
    text: activity.text,
    replyToId: activity.replyToId,
    clientActivityID: activity.channelData && activity.channelData.clientActivityID,
    buttons,
    cards,
  };
}

// The buttons a user can press now: the latest bot activity's suggested actions, else buttons of its cards.
function currentActions(seen) {
  for (let i = seen.length - 1; i >= 0; i--) {
    const activity = seen[i];
    if (activity.from && activity.from.role === 'user') {
      break;
    }
    const actions = (activity.suggestedActions && activity.suggestedActions.actions) || [];
    if (actions.length > 0) {
      return actions;
    }
    for (const attachment of activity.attachments || []) {
      const content = attachment.content || {};
      const buttons = content.buttons || content.actions || [];
      if (buttons.length > 0) {
        return buttons;
      }
    }
  }
  return [];
}

// What pressing a button sends, as Web Chat does it.
function press(action) {
  switch (action.type) {
    case 'postBack':
      return { value: action.value };
    case 'messageBack':
      return { text: action.text, value: action.value };
    case 'Action.Submit':
      return { value: action.data };
    default:
      return { text: typeof action.value === 'string' ? action.value : action.title };
  }
}

// Posts the activity through another instance of the bot, with the conversation's current token.
async function postVia(baseUrl, directLine, activity) {
  const url = baseUrl.replace(/\/$/, '') + '/v3/directline/conversations/' + encodeURIComponent(directLine.conversationId) + '/activities';
  const response = await fetch(url, {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + directLine.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (!response.ok) {
    fail('posting through ' + baseUrl + ' answered ' + response.status);
  }
  return (await response.json()).id;
}

async function run(conversation) {
  const token = await newToken();
  const directLine = new DirectLine({ token, domain: directLineUrl, webSocket: plan.mode === 'websocket', pollingInterval: 200 });
  const seen = [];
  const waiters = [];
  const notify = () => {
    for (const waiter of waiters.splice(0)) {
      waiter();
    }
  };
  const subscription = directLine.activity$.subscribe(
    (activity) => {
      seen.push(activity);
      notify();
    },
    (error) => fail(conversation.name + ': activity stream failed: ' + (error && error.message))
  );
  const watch = directLine.connectionStatus$.subscribe((status) => {
    if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.Ended) {
      fail(conversation.name + ': the connection ended (status ' + status + ')');
    }
  });

  const waitFor = async (predicate) => {
    while (!predicate()) {
      await new Promise((resolve) => waiters.push(resolve));
    }
  };

  // The log's newest id right now, read directly: the client has caught up when it has seen that activity.
  const newestId = async () => {
    const response = await fetch(directLineUrl + '/conversations/' + encodeURIComponent(directLine.conversationId) + '/activities', {
      headers: { Authorization: 'Bearer ' + directLine.token },
    });
    const body = await response.json();
    return body.activities.length > 0 ? body.activities[body.activities.length - 1].id : undefined;
  };
  const catchUp = async () => {
    const id = await newestId();
    await waitFor(() => seen.some((a) => a.id === id));
  };

  // The greeting arrives with no user action.
  await waitFor(() => seen.some((a) => a.from && a.from.role === 'bot'));
  await catchUp();

  const turns = [];
  let counter = 0;
  for (const step of conversation.steps) {
    const before = seen.length;
    if (step.waitFor !== undefined) {
      // The message may have come while the previous step was still catching up: anything since the user's last
      // activity counts.
      const pattern = new RegExp(step.waitFor, 'i');
      const sinceUser = () => seen.slice(seen.map((a) => a.from.role).lastIndexOf('user') + 1).filter((a) => a.from.role !== 'user');
      await waitFor(() => sinceUser().some((a) => pattern.test(a.text || '')));
      await catchUp();
      turns.push({ step, replies: sinceUser().map(summarize) });
      continue;
    }

    let message;
    if (step.say !== undefined) {
      message = { text: step.say };
    } else if (step.click !== undefined) {
      const pattern = new RegExp(step.click, 'i');
      const actions = currentActions(seen);
      const action = actions.find((a) => pattern.test(a.title || ''));
      if (!action) {
        fail(conversation.name + ': no button matching /' + step.click + '/ among [' + actions.map((a) => a.title).join(', ') + ']');
      }
      message = press(action);
    } else if (step.event !== undefined) {
      message = { type: 'event', name: step.event.name, value: step.event.value };
    } else {
      fail('unknown step ' + JSON.stringify(step));
    }

    const clientActivityID = conversation.name + '-' + ++counter;
    const activity = Object.assign({ type: 'message', from: { id: 'ignored-by-token' }, locale: 'en-GB', channelData: { clientActivityID } }, message);
    const id = conversation.postVia ? await postVia(conversation.postVia, directLine, activity) : await new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
    if (typeof id !== 'string' || id === 'retry') {
      fail(conversation.name + ': posting failed (' + id + ')');
    }
    await waitFor(() => seen.some((a) => a.id === id));
    await catchUp();
    turns.push({ step, id, replies: seen.slice(before).filter((a) => a.from.role !== 'user').map(summarize) });
  }

  watch.unsubscribe();
  subscription.unsubscribe();
  directLine.end();
  return { name: conversation.name, conversationId: directLine.conversationId, activities: seen.map(summarize), turns };
}

Promise.all(plan.conversations.map(run)).then(
  (conversations) => {
    process.stdout.write(JSON.stringify({ mode: plan.mode, conversations }) + '\n');
    process.exit(0);
  },
  (error) => fail((error && error.stack) || String(error))
);

// Starts Web Chat against this host's own Direct Line: a token from /api/webchat/token (for the conversation this
// browser kept, or a new one), then the conversation over a WebSocket stream. Everything is served by the bot itself.
(function () {
  'use strict';

  var container = document.getElementById('webchat');
  var status = document.getElementById('status');
  var errorBox = document.getElementById('error');
  var errorDetail = document.getElementById('error-detail');

  var accent = '#0f766e';
  var styleOptions = {
    accent: accent,
    backgroundColor: '#f6f8f7',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    rootHeight: '100%',
    rootWidth: '100%',
    paddingRegular: 10,
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#dfe7e4',
    bubbleBorderRadius: 16,
    bubbleBorderWidth: 1,
    bubbleTextColor: '#1f2933',
    bubbleFromUserBackground: accent,
    bubbleFromUserBorderColor: accent,
    bubbleFromUserBorderRadius: 16,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 520,
    botAvatarInitials: 'DB',
    botAvatarBackgroundColor: accent,
    showAvatarInGroup: 'status',
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 999,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: accent,
    suggestedActionTextColor: accent,
    suggestedActionBackgroundColorOnHover: '#e6f4f1',
    suggestedActionHeight: 36,
    sendBoxBackground: '#ffffff',
    sendBoxButtonColor: accent,
    sendBoxPlaceholderColor: '#7b8791',
    sendBoxBorderTop: '1px solid #dfe7e4',
    // Files go to the bot as evidence: it counts and names them, and keeps no copy.
    hideUploadButton: false,
    uploadAccept: 'image/*,video/*,application/pdf',
    uploadMultiple: true,
    timestampColor: '#7b8791',
    groupTimestamp: 300000,
  };

  function showError(message) {
    status.hidden = true;
    errorDetail.textContent = message;
    errorBox.hidden = false;
  }

  // The page keeps its conversation in this browser (id and a resume token, valid while the conversation lives), so
  // a reload or a return days later shows the history and anything the bot added meanwhile (a reminder).
  var storageKey = 'disputebot.chat';

  function savedChat() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.resume === 'string' ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function saveChat(session) {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify({ conversationId: session.conversationId, resume: session.resume }));
    } catch (e) {
      // Storage refused (private mode, full): the chat works, it just won't resume.
    }
  }

  function forgetChat() {
    try {
      window.localStorage.removeItem(storageKey);
    } catch (e) {
      // Nothing kept.
    }
  }

  // A token for the saved conversation (resume given), else for a new one. Null when the saved conversation is gone.
  async function fetchToken(resume) {
    var headers = { Accept: 'application/json' };
    if (resume) {
      headers.Authorization = 'Bearer ' + resume;
    }

    var response;
    try {
      response = await fetch('/api/webchat/token', { method: 'POST', headers: headers, cache: 'no-store' });
    } catch (e) {
      throw new Error('We could not reach DisputeBot. Check your connection and try again.');
    }

    if (resume && (response.status === 403 || response.status === 404)) {
      return null;
    }

    if (response.status === 429) {
      throw new Error('Too many new chats from your network right now. Wait a minute and try again.');
    }

    if (!response.ok) {
      throw new Error('DisputeBot is not available right now (error ' + response.status + '). Try again in a moment.');
    }

    var body = await response.json();
    if (!body || typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
      throw new Error('DisputeBot answered something unexpected. Try again in a moment.');
    }

    return body;
  }

  async function start() {
    errorBox.hidden = true;
    status.hidden = false;

    if (!window.WebChat) {
      showError('The chat could not load. Reload the page to try again.');
      return;
    }

    var session;
    var resumed = false;
    try {
      var saved = savedChat();
      session = saved ? await fetchToken(saved.resume) : null;
      resumed = session !== null;
      if (!session) {
        forgetChat();
        session = await fetchToken(null);
      }
    } catch (e) {
      showError(e.message);
      return;
    }

    saveChat(session);
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      // With the id, the client reconnects to the conversation and its stream replays the history.
      conversationId: resumed ? session.conversationId : undefined,
      domain: window.location.origin + '/v3/directline',
      webSocket: true,
    });

    // The browser's language: Web Chat shows its own strings in it and stamps it on every message as the activity's
    // locale, from which the bot picks the language it answers in.
    var locale = (navigator.languages && navigator.languages[0]) || navigator.language || 'en-US';
    window.WebChat.renderWebChat({ directLine: directLine, styleOptions: styleOptions, locale: locale }, container);
    status.hidden = true;
    var input = container.querySelector('input, textarea');
    if (input && window.matchMedia('(min-width: 601px)').matches) {
      input.focus();
    }
  }

  document.getElementById('start-over').addEventListener('click', function () {
    forgetChat();
    window.location.reload();
  });

  document.getElementById('retry').addEventListener('click', start);
  start();
}());

// Starts Web Chat against this host's own Direct Line: a token for a new conversation from /api/webchat/token, then
// the conversation over a WebSocket stream. Everything is served by the bot itself.
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

  async function fetchToken() {
    var response;
    try {
      response = await fetch('/api/webchat/token', { method: 'POST', headers: { Accept: 'application/json' }, cache: 'no-store' });
    } catch (e) {
      throw new Error('We could not reach DisputeBot. Check your connection and try again.');
    }

    if (response.status === 429) {
      throw new Error('Too many new chats from your network right now. Wait a minute and try again.');
    }

    if (!response.ok) {
      throw new Error('DisputeBot is not available right now (error ' + response.status + '). Try again in a moment.');
    }

    var body = await response.json();
    if (!body || typeof body.token !== 'string') {
      throw new Error('DisputeBot answered something unexpected. Try again in a moment.');
    }

    return body.token;
  }

  async function start() {
    errorBox.hidden = true;
    status.hidden = false;

    if (!window.WebChat) {
      showError('The chat could not load. Reload the page to try again.');
      return;
    }

    var token;
    try {
      token = await fetchToken();
    } catch (e) {
      showError(e.message);
      return;
    }

    var directLine = window.WebChat.createDirectLine({
      token: token,
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

  document.getElementById('retry').addEventListener('click', start);
  start();
}());

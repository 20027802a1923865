// Shows the page in the buyer's language, then starts Web Chat against this host's own Direct Line: a token from
// /api/webchat/token (for the conversation this browser kept, or a new one), then the conversation over a WebSocket
// stream. Everything is served by the bot itself. Runs before Web Chat's bundle (see index.html), so the chat starts
// once the document's scripts have all run.
(function () {
  'use strict';

  var container = document.getElementById('webchat');
  var status = document.getElementById('status');
  var errorBox = document.getElementById('error');
  var errorDetail = document.getElementById('error-detail');

  // The buyer's language: the first of the browser's languages the page speaks, by its exact tag ("pt-BR") or by its
  // language ("ru-UA" → ru, "pt-PT" → pt-BR), else English. The browser's own tag goes to Web Chat (its strings and
  // dates) and on every activity, the conversation's start included, so the bot greets in it and reads numeric
  // dates in its order.
  function chooseLanguage(preferred, strings) {
    var known = Object.keys(strings);
    for (var i = 0; i < preferred.length; i++) {
      var tag = String(preferred[i] || '');
      var lower = tag.toLowerCase();
      var primary = lower.split('-')[0];
      var key = known.filter(function (k) { return k.toLowerCase() === lower; })[0]
        || known.filter(function (k) { return k.toLowerCase().split('-')[0] === primary; })[0];
      if (key) {
        return { key: key, tag: tag };
      }
    }

    return { key: 'en', tag: 'en' };
  }

  var allStrings = window.disputeBotPageStrings;
  var language = chooseLanguage(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language], allStrings);
  var words = allStrings[language.key];

  // Fills the elements index.html names by key (data-text: the content, data-title, data-label: aria-label).
  function showPageInLanguage() {
    document.documentElement.lang = language.key;
    document.title = words.title;
    [['text', 'textContent'], ['title', 'title']].forEach(function (pair) {
      document.querySelectorAll('[data-' + pair[0] + ']').forEach(function (element) {
        element[pair[1]] = words[element.dataset[pair[0]]];
      });
    });
    document.querySelectorAll('[data-label]').forEach(function (element) {
      element.setAttribute('aria-label', words[element.dataset.label]);
    });
  }

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
      throw new Error(words.errorOffline);
    }

    if (resume && (response.status === 403 || response.status === 404)) {
      return null;
    }

    if (response.status === 429) {
      throw new Error(words.errorTooMany);
    }

    if (!response.ok) {
      throw new Error(words.errorUnavailable.replace('{status}', String(response.status)));
    }

    var body = await response.json();
    if (!body || typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
      throw new Error(words.errorUnexpected);
    }

    return body;
  }

  // The calendar file the bot sends is a link under the conversation that answers only to the conversation's token
  // (DirectLineFileEndpoint). The page adds its current token as the link is used (clicked, opened in a new tab, or
  // copied from the menu): the token is for this conversation only and expires (Web Chat refreshes it), so the link
  // shown in the transcript never holds a stale one, and the secret never reaches the page.
  var directLine = null;
  var filePath = /^\/v3\/directline\/conversations\/[^/]+\/files\/\d+\/\d+$/;

  function addTokenToFileLink(event) {
    var link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || !directLine || typeof directLine.token !== 'string') {
      return;
    }

    var url = new URL(link.href, window.location.href);
    if (url.origin === window.location.origin && filePath.test(url.pathname)) {
      url.searchParams.set('t', directLine.token);
      link.href = url.href;
    }
  }

  // Web Chat shows a file as a link only when its URL is absolute (a path fails its check): the bot's file links are
  // paths on this host, made absolute as their activities arrive.
  function absoluteFileLinks(action) {
    var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
    if (!activity || !Array.isArray(activity.attachments)) {
      return action;
    }

    var attachments = activity.attachments.map(function (attachment) {
      return attachment && typeof attachment.contentUrl === 'string' && filePath.test(attachment.contentUrl)
        ? Object.assign({}, attachment, { contentUrl: window.location.origin + attachment.contentUrl })
        : attachment;
    });
    var payload = Object.assign({}, action.payload, { activity: Object.assign({}, activity, { attachments: attachments }) });
    return Object.assign({}, action, { payload: payload });
  }

  async function start() {
    errorBox.hidden = true;
    status.hidden = false;

    if (!window.WebChat) {
      showError(words.errorNoChat);
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
    directLine = window.WebChat.createDirectLine({
      token: session.token,
      // With the id, the client reconnects to the conversation and its stream replays the history.
      conversationId: resumed ? session.conversationId : undefined,
      // The locale of the conversation's start: the bot greets in the buyer's language.
      conversationStartProperties: { locale: language.tag },
      domain: window.location.origin + '/v3/directline',
      webSocket: true,
    });

    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          return next(absoluteFileLinks(action));
        };
      };
    });
    // Web Chat shows its own strings in the buyer's language and stamps it on every message as the activity's locale.
    window.WebChat.renderWebChat({ directLine: directLine, store: store, styleOptions: styleOptions, locale: language.tag }, container);
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

  ['click', 'auxclick', 'contextmenu'].forEach(function (type) {
    container.addEventListener(type, addTokenToFileLink, true);
  });
  document.getElementById('retry').addEventListener('click', start);
  showPageInLanguage();
  document.addEventListener('DOMContentLoaded', start);
}());

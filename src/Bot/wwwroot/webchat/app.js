// The Mednum49 page: asks the app for a Direct Line session (POST api/webchat/token), then renders the official Web
// Chat client (webchat.js, served by the app) with the Mednum49 look. The app decides where the conversation lives:
// its own in-process Direct Line in local mode, the Azure Bot's Direct Line channel in Azure.
(function () {
  'use strict';

  var status = document.getElementById('status');
  var chat = document.getElementById('webchat');

  function fail(message) {
    status.textContent = message;
    status.className = 'status error';
  }

  // On a phone the follow-ups are stacked and wrapped, so that they are read whole; on a wide screen they flow.
  var narrow = window.matchMedia('(max-width: 600px)').matches;

  var styleOptions = {
    accent: '#0E5A6B',
    primaryFont: '"Segoe UI", "Helvetica Neue", Arial, sans-serif',
    botAvatarInitials: 'M49',
    botAvatarBackgroundColor: '#0E5A6B',
    userAvatarInitials: 'V',
    userAvatarBackgroundColor: '#F6B93B',
    bubbleBorderRadius: 10,
    bubbleFromUserBackground: '#E3F1F3',
    bubbleFromUserBorderColor: '#168A9C',
    bubbleFromUserBorderRadius: 10,
    suggestedActionBorderColor: '#0E5A6B',
    suggestedActionTextColor: '#0E5A6B',
    suggestedActionBorderRadius: 16,
    suggestedActionLayout: narrow ? 'stacked' : 'flow',
    suggestedActionsStackedLayoutButtonTextWrap: true,
    sendBoxButtonColor: '#0E5A6B',
    hideUploadButton: true,
    sendTypingIndicator: false,
    typingAnimationBackgroundImage: null,
    richCardWrapTitle: true
  };

  function showExamples(examples, store) {
    var list = document.getElementById('examples');
    examples.forEach(function (question) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = question;
      button.addEventListener('click', function () {
        store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: question } });
      });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  if (!window.WebChat) {
    fail("Le module de discussion n'a pas pu être chargé. Rechargez la page.");
    return;
  }

  fetch('api/webchat/token', { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('token: ' + response.status);
      }
      return response.json();
    })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        token: session.token,
        domain: new URL(session.domain, window.location.href).href.replace(/\/$/, ''),
        webSocket: session.webSocket
      });
      var store = window.WebChat.createStore();
      status.remove();
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: store,
          userID: session.userId,
          username: 'Vous',
          locale: 'fr-FR',
          styleOptions: styleOptions
        },
        chat
      );
      showExamples(session.examples || [], store);
      var sendBox = chat.querySelector('[data-id="webchat-sendbox-input"]');
      if (sendBox) {
        sendBox.focus();
      }
    })
    .catch(function () {
      fail("La discussion n'est pas disponible pour le moment. Réessayez dans quelques minutes.");
    });
})();

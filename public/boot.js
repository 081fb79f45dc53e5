// The first screen's requests, started while the app's code downloads (production builds served
// by the Node host; see server/boot-script.ts), or, with the mock API, as soon as it has started
// and before the app's first render (src/app/main.tsx). The app takes each answer once, by its
// exact address, and asks again itself for any it does not find here, or that failed
// (src/queries/boot-answers.ts). A plain script: it runs before the app and imports nothing.
(function () {
  var get = function (url) {
    return fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } });
  };
  var answers = {};
  var ask = function (url) {
    answers[url] = get(url);
    // Never unhandled: an answer nobody takes must not report an error of its own.
    answers[url].catch(function () {});
  };
  ask('/api/session');
  // An inbox's or a conversation's address, strictly as src/domain/pages.ts reads them
  // (src/queries/boot-script.test.ts holds this pattern to that table).
  var page = location.pathname.match(/^\/inbox\/\d+(?:\/conversations\/(\d+))?\/?$/);
  if (page) {
    // The inbox list on its usual view and order (the URL says both and nothing else), as the
    // app asks for it: view, sort, page size.
    var search = new URLSearchParams(location.search);
    var view = search.get('view');
    var sort = search.get('sort');
    // The mock API's `scenario` (src/mocks/scenario.ts) is not the list's.
    var keys = Array.from(search.keys()).filter(function (key) {
      return key !== 'scenario';
    });
    // A phone opening a conversation shows only the conversation (app.css): no list to ask for.
    var phoneConversation = Boolean(page[1]) && matchMedia('(max-width: 720px)').matches;
    if (view && sort && keys.length === 2 && !phoneConversation) {
      ask(
        '/api/conversations?view=' +
          encodeURIComponent(view) +
          '&sort=' +
          encodeURIComponent(sort) +
          '&limit=50',
      );
    }
    if (page[1]) {
      ask('/api/conversations/' + page[1]);
      ask('/api/conversations/' + page[1] + '/messages?limit=100&order=newest');
    }
  }
  window.__parleyBoot = { at: performance.now(), answers: answers };
  // The page's first date formatter loads the locale's data, tens of milliseconds on a phone:
  // done here, while the app's code is still downloading, not inside the list's first render.
  try {
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  } catch (error) {
    // Nothing to warm: the app formats dates without it.
  }
})();

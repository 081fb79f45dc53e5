// The first screen's requests, started while the app's code downloads (production builds served
// by the Node host; see server/boot-script.ts), or, with the mock API, as soon as it has started
// and before the app's first render (src/app/main.tsx). Only the app's first ask of an address
// takes its answer, by the exact address; it asks the server itself for any it does not find
// here, or that failed (src/queries/boot-answers.ts). A plain script: it runs before the app and
// imports nothing.
(function () {
  var get = function (url) {
    return fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } });
  };
  var answers = {};
  // The addresses the app has asked for itself (src/queries/boot-answers.ts marks them).
  var asked = {};
  var ask = function (url) {
    answers[url] = get(url);
    // Never unhandled: an answer nobody takes must not report an error of its own.
    answers[url].catch(function () {});
    return answers[url];
  };
  // The sidebar's and the pane's org-wide answers, which the app asks for as they mount.
  var ORG_WIDE = [
    '/api/conversations/counts',
    '/api/views',
    '/api/tags',
    '/api/agents',
    '/api/notifications',
  ];
  // With the mock API (src/app/main.tsx) the answers are computed in this page's own thread, so
  // asking early only moves that work in front of the first paint: the org's are left to the app.
  var script = document.currentScript;
  var apiInPage = Boolean(script) && script.getAttribute('data-api') === 'in-page';
  var screen = [ask('/api/session')];
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
      screen.push(
        ask(
          '/api/conversations?view=' +
            encodeURIComponent(view) +
            '&sort=' +
            encodeURIComponent(sort) +
            '&limit=50',
        ),
      );
    }
    if (page[1]) {
      screen.push(ask('/api/conversations/' + page[1]));
      screen.push(ask('/api/conversations/' + page[1] + '/messages?limit=100&order=newest'));
    }
    // Once the screen's own answers are in (so they are not kept waiting), and while signed in,
    // the org's: each arrives before the part that shows it has mounted, instead of a few hundred
    // milliseconds after and a render of its own. Not one the app has already asked for.
    if (!apiInPage) {
      Promise.all(screen).then(
        function (got) {
          if (!got[0].ok) return;
          ORG_WIDE.forEach(function (url) {
            if (!asked[url]) ask(url);
          });
        },
        function () {},
      );
    }
  }
  window.__parleyBoot = { at: performance.now(), answers: answers, asked: asked };
  // The page's first date formatter loads the locale's data, tens of milliseconds on a phone:
  // done here, while the app's code is still downloading, not inside the list's first render.
  try {
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  } catch (error) {
    // Nothing to warm: the app formats dates without it.
  }
})();

// Feedrafter editor UI: small enhancements on top of pages that work without script.
// The preview only ever receives HTML that the server rendered and sanitized (POST /preview).
(function () {
  'use strict';
  var csrf = (document.querySelector('main[data-csrf]') || {dataset: {}}).dataset.csrf;

  function post(url, fields) {
    var body = new URLSearchParams(fields);
    return fetch(url, {method: 'POST', body: body, credentials: 'same-origin',
      headers: {'X-CSRF-Token': csrf || ''}});
  }

  // Live preview of the Markdown editor, rendered by the server a moment after typing stops.
  var editor = document.querySelector('textarea[data-preview]');
  if (editor) {
    var target = document.querySelector(editor.dataset.preview);
    var state = document.getElementById('preview-state');
    var timer = null, sent = 0, saved = editor.value;
    editor.addEventListener('input', function () {
      clearTimeout(timer);
      state.textContent = '(updating…)';
      timer = setTimeout(function () {
        var mine = ++sent;
        post('/preview', {body_markdown: editor.value}).then(function (r) {
          if (!r.ok) { throw new Error('HTTP ' + r.status); }
          return r.text();
        }).then(function (html) {
          if (mine === sent) { target.innerHTML = html; state.textContent = '(unsaved changes)'; }
        }).catch(function () { state.textContent = '(preview unavailable; your text is safe, save to see it)'; });
      }, 350);
    });
    var form = editor.form, submitting = false;
    form.addEventListener('submit', function () { submitting = true; });
    window.addEventListener('beforeunload', function (e) {
      if (!submitting && editor.value !== saved) { e.preventDefault(); e.returnValue = ''; }
    });
  }

  // Copy the rendered HTML of the draft (as the preview shows it) to the clipboard.
  var copy = document.getElementById('copy-html');
  if (copy) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      var html = document.querySelector(copy.dataset.copy).innerHTML.trim();
      var status = document.getElementById('copy-status');
      var done = function () { status.textContent = 'HTML copied to the clipboard.'; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(html).then(done, function () { fallbackCopy(html) && done(); });
      } else if (fallbackCopy(html)) {
        done();
      } else {
        status.textContent = 'Copying is not allowed here; use Download .html instead.';
      }
    });
  }

  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  // The import form guesses "feed" for addresses that look like one; the editor can still change it.
  var url = document.getElementById('url');
  if (url && document.getElementById('kind-feed')) {
    url.addEventListener('change', function () {
      if (/(\/feed\/?|\/rss\/?|\.rss|\.atom|\.xml|atom\.json|feed\.json)(\?.*)?$/i.test(url.value.trim())) {
        document.getElementById('kind-feed').checked = true;
      }
    });
  }

  // Pages with work running in the background (imports, polls) refresh their live part until it is done.
  var live = document.getElementById('live');
  if (live && live.dataset.refresh) {
    var refresh = function () {
      fetch(window.location.href, {credentials: 'same-origin'}).then(function (r) { return r.text(); })
        .then(function (text) {
          var fresh = new DOMParser().parseFromString(text, 'text/html').getElementById('live');
          if (!fresh) { return; }
          fresh.querySelectorAll('noscript').forEach(function (n) { n.remove(); });
          live.innerHTML = fresh.innerHTML;
          if (fresh.dataset.refresh) { setTimeout(refresh, Number(fresh.dataset.refresh)); } else { window.location.reload(); }
        }).catch(function () { setTimeout(refresh, 5000); });
    };
    setTimeout(refresh, Number(live.dataset.refresh));
  }
})();

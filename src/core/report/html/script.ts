// The page's only script, inlined. It filters the lessons as you type and moves focus when a
// campaign panel opens or closes. It reads campaign data with JSON.parse and writes only
// `hidden`, `textContent` and focus: it never turns text into markup.

export const SCRIPT = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var form = document.getElementById('lesson-filters');
  var search = document.getElementById('lesson-search');
  var count = document.getElementById('lesson-count');
  var none = document.getElementById('no-lessons');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-facet]'));
  var items = {};
  Array.prototype.forEach.call(document.querySelectorAll('#lesson-list > li[data-key]'), function (item) {
    items[item.getAttribute('data-key')] = item;
  });

  // The same folding as the report's builder: lowercase, no diacritics ("één" finds "een").
  function fold(text) {
    return text.normalize('NFKD').toLowerCase().replace(/\\p{M}+/gu, '').replace(/[ßæœøłđðþı]/g, function (letter) {
      return data.letters[letter] || letter;
    });
  }

  function apply() {
    var terms = fold(search.value).split(/\\s+/).filter(Boolean);
    var chosen = selects.filter(function (select) { return select.value !== ''; });
    var shown = 0;
    data.lessons.forEach(function (lesson) {
      var match = terms.every(function (term) { return lesson.text.indexOf(term) !== -1; }) &&
        chosen.every(function (select) { return lesson.facets[select.name].indexOf(select.value) !== -1; });
      items[lesson.key].hidden = !match;
      if (match) shown += 1;
    });
    var total = data.lessons.length;
    var noun = total === 1 ? 'lesson' : 'lessons';
    count.textContent = shown === total ? 'Showing all ' + total + ' ' + noun : 'Showing ' + shown + ' of ' + total + ' ' + noun;
    none.hidden = shown !== 0 || total === 0;
  }

  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  document.addEventListener('keydown', function (event) {
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName) || event.target.isContentEditable;
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      if (location.hash.indexOf('#campaign-') === 0) location.hash = 'lessons';
      search.focus();
    }
  });
  apply();

  // Campaign panels are shown by CSS when the address names them (#campaign-…). The script adds
  // what CSS cannot: focus on the panel's heading, the title, and a way back to where you were.
  var baseTitle = document.title;
  var opener = null;
  var openedFromPage = false;
  function panelFor(hash) {
    var element = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    return element && element.classList.contains('panel') ? element : null;
  }
  function route(event) {
    var panel = panelFor(location.hash);
    if (panel) {
      document.title = panel.getAttribute('data-title') + ' · ' + baseTitle;
      // Moving within the page, focus follows to the panel so a keyboard or screen reader user
      // lands on it; a page opened on a panel starts there anyway.
      if (event && event.type === 'hashchange') panel.querySelector('h1').focus({ preventScroll: true });
      // The panel replaces the page: start at its top, header included, like a new page.
      window.scrollTo(0, 0);
    } else {
      document.title = baseTitle;
      if (opener && document.contains(opener)) opener.focus();
      opener = null;
      openedFromPage = false;
    }
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#campaign-"]') : null;
    if (link && !panelFor(location.hash)) {
      opener = link;
      openedFromPage = true;
    }
    var back = event.target.closest ? event.target.closest('a.back') : null;
    if (back && openedFromPage) {
      // Going back in history restores the scroll position, the filters are still as they were.
      event.preventDefault();
      history.back();
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && panelFor(location.hash)) {
      if (openedFromPage) history.back();
      else location.hash = 'lessons';
    }
  });
  window.addEventListener('hashchange', route);
  // Opened from a link that names a campaign: the browser's own jump to it comes after this.
  if (panelFor(location.hash)) window.addEventListener('load', route);
})();
`;

// The docs' one script; the pages work without it. It turns each set of
// samples into tabs (one language choice for the whole page) and gives every
// code block a button that copies its text exactly.
'use strict';
(function () {
  function choose(label) {
    document.querySelectorAll('.sample-set').forEach(function (set) {
      var figures = set.querySelectorAll('figure.sample');
      var match = Array.prototype.some.call(figures, function (figure) { return figure.dataset.label === label; });
      figures.forEach(function (figure, index) {
        figure.classList.toggle('shown', match ? figure.dataset.label === label : index === 0);
      });
      set.querySelectorAll('.sample-tabs button').forEach(function (button) {
        button.setAttribute('aria-selected', String(button.textContent === (match ? label : figures[0].dataset.label)));
      });
    });
  }

  document.querySelectorAll('.sample-set').forEach(function (set) {
    var figures = set.querySelectorAll('figure.sample');
    if (figures.length < 2) return;
    var tabs = document.createElement('div');
    tabs.className = 'sample-tabs';
    tabs.setAttribute('role', 'tablist');
    figures.forEach(function (figure) {
      var button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.textContent = figure.dataset.label;
      button.addEventListener('click', function () { choose(figure.dataset.label); });
      tabs.appendChild(button);
    });
    set.insertBefore(tabs, set.firstChild);
    set.classList.add('tabbed');
  });
  var first = document.querySelector('.sample-set.tabbed figure.sample');
  if (first) choose(first.dataset.label);

  document.querySelectorAll('pre.code').forEach(function (pre) {
    if (!navigator.clipboard) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(pre.querySelector('code').textContent).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 1500);
      });
    });
    pre.appendChild(button);
    pre.classList.add('has-copy');
  });
})();

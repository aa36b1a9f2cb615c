(function () {
  var t;
  try {
    t = localStorage.getItem('octoacme-rg:theme');
  } catch (e) {}
  var r = document.documentElement;
  if (t === 'light' || t === 'dark') r.dataset.theme = t;
  r.dataset.js = '';
})();

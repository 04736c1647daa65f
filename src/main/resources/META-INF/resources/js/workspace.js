// Tidemark web workspace: small progressive enhancements; every page works without this script.
(function () {
  'use strict';

  // A recording form is sent once: the second click is ignored (the hidden idempotency key covers the rest).
  document.querySelectorAll('form[data-once]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.sent) { event.preventDefault(); return; }
      form.dataset.sent = 'true';
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.setAttribute('aria-disabled', 'true'); });
    });
  });

  // CSV upload with a progress bar; the server's report replaces the report section.
  var upload = document.getElementById('upload-form');
  if (upload && window.XMLHttpRequest && window.FormData) {
    upload.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(upload);
      var button = event.submitter;
      if (button && button.name) { data.set(button.name, button.value); }
      var progress = document.getElementById('u-progress');
      var report = document.getElementById('import-report');
      var buttons = upload.querySelectorAll('button');
      buttons.forEach(function (b) { b.disabled = true; });
      var xhr = new XMLHttpRequest();
      xhr.open('POST', upload.action);
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); progress.textContent = progress.value + ' %'; }
      };
      xhr.onload = function () {
        progress.value = 100;
        report.innerHTML = xhr.responseText;
        buttons.forEach(function (b) { b.disabled = false; });
      };
      xhr.onerror = function () {
        report.innerHTML = '<p class="error" role="alert">The upload failed: the connection broke. Nothing was stored.</p>';
        buttons.forEach(function (b) { b.disabled = false; });
      };
      xhr.send(data);
    });
  }
})();

/*
 * Copy buttons: <button type="button" class="copy-button" data-copy="ID"> copies the text of the element with that
 * id (or an input's value) and says so on the button for two seconds. One listener on the document, so buttons that
 * ajax updates bring in work too. The clipboard API needs a secure context; plain http falls back to execCommand.
 */
(function () {
    'use strict';

    function fallbackCopy(text) {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        var copied = false;
        try {
            copied = document.execCommand('copy');
        } catch (e) {
            copied = false;
        }
        document.body.removeChild(area);
        return copied ? Promise.resolve() : Promise.reject(new Error('copy refused'));
    }

    function copy(text) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text).catch(function () {
                return fallbackCopy(text);
            });
        }
        return fallbackCopy(text);
    }

    function say(button, text) {
        if (!text) {
            return;
        }
        if (!button.hasAttribute('data-label')) {
            button.setAttribute('data-label', button.textContent);
        }
        button.textContent = text;
        var status = document.getElementById('copyStatus');
        if (!status) {
            status = document.createElement('span');
            status.id = 'copyStatus';
            status.className = 'visually-hidden';
            status.setAttribute('role', 'status');
            document.body.appendChild(status);
        }
        status.textContent = text;
        window.setTimeout(function () {
            button.textContent = button.getAttribute('data-label');
        }, 2000);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy]') : null;
        if (!button) {
            return;
        }
        var target = document.getElementById(button.getAttribute('data-copy'));
        if (!target) {
            return;
        }
        var text = (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') ? target.value : target.textContent;
        copy(text.trim()).then(function () {
            say(button, button.getAttribute('data-copied'));
        }, function () {
            say(button, button.getAttribute('data-copy-failed'));
        });
    });
}());

/* Booking and contact forms: focus the result or error summary, load reCAPTCHA on first
   interaction, and fetch a fresh v3 token on submit (tokens expire after two minutes).
   If Google cannot be reached the form still posts; the clinic reviews it by hand. */
(function () {
    "use strict";
    var focusTarget = document.querySelector("[data-focus-on-load]");
    if (focusTarget) {
        focusTarget.focus();
    }
    var form = document.querySelector("form[data-recaptcha-src]");
    if (!form) {
        return;
    }
    // Tells the server that JavaScript ran: a post without a reCAPTCHA token then means
    // Google's script failed to load, not that JavaScript was switched off.
    var state = form.querySelector("input[name=client_state]");
    if (state) {
        state.value = "js";
    }
    var loading = null;
    function load() {
        if (!loading) {
            loading = new Promise(function (resolve, reject) {
                var script = document.createElement("script");
                script.src = form.getAttribute("data-recaptcha-src");
                script.async = true;
                script.onload = function () {
                    if (window.grecaptcha) {
                        window.grecaptcha.ready(resolve);
                    } else {
                        reject(new Error("reCAPTCHA missing"));
                    }
                };
                script.onerror = reject;
                document.head.appendChild(script);
            });
        }
        return loading;
    }
    ["focusin", "pointerdown", "keydown"].forEach(function (type) {
        form.addEventListener(type, function () { load().catch(function () {}); }, { once: true });
    });

    var tokenInput = form.querySelector("input.g-recaptcha[data-action]");
    if (!tokenInput) {
        return; // v2 checkbox: Google renders it into .g-recaptcha once loaded.
    }
    var sending = false;
    form.addEventListener("submit", function (event) {
        event.preventDefault();
        if (sending) {
            return; // a double click sends once
        }
        sending = true;
        var sent = false;
        function send() {
            if (!sent) {
                sent = true;
                form.submit();
            }
        }
        var fallback = window.setTimeout(send, 5000);
        load()
            .then(function () {
                return window.grecaptcha.execute(tokenInput.getAttribute("data-sitekey"), {
                    action: tokenInput.getAttribute("data-action")
                });
            })
            .then(function (token) { tokenInput.value = token; })
            .catch(function () {})
            .then(function () { window.clearTimeout(fallback); send(); });
    });
})();

// After django-otp-webauthn registers a passkey, go where the page says: the recovery
// codes after enrolment, or back to the two-factor page.
document.addEventListener('otp_webauthn.register_complete', (event) => {
  const holder = event.target.closest('[data-twofactor-after-passkey]');
  if (holder) {
    window.location.assign(holder.dataset.twofactorAfterPasskey);
  }
});

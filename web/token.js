// token.js — asks for the access token when the server wants one; the answer stays in sessionStorage (api.js).
export function createTokenPrompt(dialog) {
  const input = dialog.querySelector('#token-input');
  const message = dialog.querySelector('#token-message');
  return (why) => new Promise((resolve) => {
    message.textContent = why || 'This server needs an access token.';
    input.value = '';
    dialog.addEventListener('close', () => resolve(input.value.trim()), { once: true });
    dialog.showModal();
    input.focus();
  });
}

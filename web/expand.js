// expand.js — asks before a large expansion: how many neighbours of each type, which types to add, how many.
import { el } from './dom.js';

export function createExpandPrompt(dialog) {
  return {
    /**
     * Shows the entity's neighbour counts by type; resolves to {types, limit} or null when cancelled.
     * @param entity the /api/entities/{id} answer (name, neighbourTypes)
     * @param fresh how many of its neighbours are not on screen yet
     */
    ask(entity, fresh) {
      const types = el('fieldset', { className: 'expand-types' });
      types.append(el('legend', {}, 'Types to add'));
      for (const [type, count] of Object.entries(entity.neighbourTypes || {})) {
        const box = el('input', { type: 'checkbox', name: 'expand-type', value: type, checked: true });
        const label = el('label', { className: 'toggle' });
        label.append(box, document.createTextNode(`${type} (${count})`));
        types.append(label);
      }
      const limit = el('input', { type: 'number', id: 'expand-limit', min: 1, max: 500, value: 50 });
      const limitLabel = el('label', {}, 'At most ');
      limitLabel.append(limit, document.createTextNode(' neighbours, best connected first'));
      const go = el('button', { type: 'button', id: 'expand-go' }, 'Expand');
      const cancel = el('button', { type: 'button', id: 'expand-cancel' }, 'Cancel');
      const bar = el('div', { className: 'actions' });
      bar.append(go, cancel);
      dialog.replaceChildren(el('h3', {}, `${entity.name} has ${fresh} neighbours not shown`), types, limitLabel, bar);
      dialog.showModal();
      return new Promise((resolve) => {
        const done = (answer) => { dialog.close(); resolve(answer); };
        cancel.addEventListener('click', () => done(null));
        dialog.addEventListener('cancel', () => resolve(null), { once: true });
        go.addEventListener('click', () => {
          const chosen = [...types.querySelectorAll('input:checked')].map((i) => i.value);
          const n = Math.min(500, Math.max(1, Number(limit.value) || 50));
          done(chosen.length ? { types: chosen, limit: n } : null);
        });
      });
    },
  };
}

import { MAX_NAME_CHARS, nameProblem } from '../domain/contributions';
import { renameMe, type Person } from '../sync/settings';
import { fill, h } from './dom';
import type { Words } from './words';

/** The first screen: the name the facilitator sees beside what this phone sends. */
export function askName(main: HTMLElement, t: Words, done: (person: Person) => void, current = ''): void {
  const input = h('input', {
    id: 'participant-name',
    name: 'name',
    autocomplete: 'nickname',
    'aria-describedby': 'participant-name-hint',
    value: current,
  });
  input.value = current;
  const hint = h('p', { id: 'participant-name-hint', class: 'participant__hint' }, t('nameHint'));
  const form = h(
    'form',
    {
      class: 'participant__form',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        const problem = nameProblem(input.value);
        input.setAttribute('aria-invalid', String(problem !== null));
        hint.className = problem ? 'participant__hint participant__hint--error' : 'participant__hint';
        if (problem === 'empty') hint.textContent = t('nameEmpty');
        else if (problem === 'too-long') hint.textContent = t('nameTooLong', { max: MAX_NAME_CHARS });
        else done(renameMe(input.value));
      },
    },
    h('label', { for: 'participant-name', class: 'participant__label' }, t('name')),
    input,
    hint,
    h('button', { type: 'submit', class: 'participant__button participant__button--primary' }, t('enter')),
  );
  fill(
    main,
    h('h1', { class: 'participant__title' }, t('title')),
    h('p', { class: 'participant__lead' }, t('intro')),
    form,
  );
  input.focus();
}

// Progressive enhancement only: every page works without JavaScript.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// A table wider than a narrow screen scrolls inside itself (app.css). One with nothing to focus in it is made
// focusable while the screen is narrow, so that it can be scrolled by keyboard. Tables in an .app-table-scroll
// region are focusable already.
const narrow = window.matchMedia('(max-width: 63.75em)');
const focusableTables = () => {
    document.querySelectorAll('.govuk-main-wrapper .govuk-table').forEach((table) => {
        if (table.closest('.app-table-scroll') || table.querySelector('a, button, input, select, textarea')) {
            return;
        }
        if (narrow.matches) {
            table.setAttribute('tabindex', '0');
        } else {
            table.removeAttribute('tabindex');
        }
    });
};
focusableTables();
narrow.addEventListener('change', focusableTables);

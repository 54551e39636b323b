// Progressive enhancement, as GOV.UK's timeout warning: a signed-in user is warned two minutes before their session
// ends and can stay signed in (which asks the server, so the session really is kept). Without JavaScript nothing is
// lost either: a form sent after the session ended is kept and shown again, filled in, after signing in.
const dialog = document.getElementById('session-timeout');

if (dialog && typeof dialog.showModal === 'function') {
    const sessionMillis = Number(dialog.dataset.timeoutSeconds) * 1000;
    const warnMillis = Number(dialog.dataset.warnSeconds) * 1000;
    const ending = dialog.querySelector('[data-state="ending"]');
    const ended = dialog.querySelector('[data-state="ended"]');
    let timers = [];

    const show = (state) => {
        ending.hidden = state !== ending;
        ended.hidden = state !== ended;
        dialog.setAttribute('aria-labelledby', state.querySelector('h2').id);
        dialog.setAttribute('aria-describedby', state.querySelector('p').id);
        if (!dialog.open) {
            dialog.showModal();
        }
        state.querySelector('button').focus();
    };

    const schedule = () => {
        timers.forEach(clearTimeout);
        timers = [setTimeout(() => show(ending), Math.max(0, sessionMillis - warnMillis)),
            setTimeout(() => show(ended), sessionMillis)];
    };

    const stay = async () => {
        try {
            const answer = await fetch(dialog.dataset.keepAliveUrl, {
                credentials: 'same-origin', redirect: 'manual',
                // Not remembered as the page to return to after signing in, as a page the user opened would be.
                headers: { 'X-Requested-With': 'XMLHttpRequest' },
            });
            if (answer.status === 204) {
                dialog.close();
                schedule();
                return;
            }
        } catch (unreachable) {
            // The server could not be asked: say the session has ended rather than promise otherwise.
        }
        show(ended);
    };

    dialog.querySelector('[data-stay]').addEventListener('click', stay);
    dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close());
    dialog.addEventListener('cancel', (event) => {
        if (!ending.hidden) {
            event.preventDefault();
            stay();
        }
    });
    schedule();
}

/**
 * Shows a Chinese label on the example tabs. GraphiQL titles a tab with its operation name and offers no way to
 * name it otherwise, so the label is put on the tab button as `data-label` (the CSS shows it instead of the name)
 * and the operation name stays the tooltip. A tab whose operation the user renames loses its label.
 */
const TAB_BUTTON = ".graphiql-tab .graphiql-tab-button";

/** Labels every tab button now and whenever GraphiQL re-renders the tabs. */
export function labelTabs(labels: Readonly<Record<string, string>>, root: HTMLElement): void {
  const apply = () => {
    for (const button of Array.from(root.querySelectorAll<HTMLElement>(TAB_BUTTON))) {
      const operation = button.textContent?.trim() ?? "";
      const label = Object.hasOwn(labels, operation) ? labels[operation] : undefined;
      if (label === undefined) {
        if (button.dataset.label !== undefined) delete button.dataset.label;
        continue;
      }
      // Only on change: writing an attribute would otherwise re-trigger the observer forever.
      if (button.dataset.label !== label) button.dataset.label = label;
      if (button.title !== operation) button.title = operation;
    }
  };
  apply();
  new MutationObserver(apply).observe(root, { childList: true, subtree: true, characterData: true });
}

import type { Page } from 'playwright-core';

/**
 * Picks an option of the antd Select with the given test id: the option (by its text, or by its own test
 * id) is clicked in the open dropdown, and the choice is confirmed by the select showing `shown`. A click
 * that lands while the dropdown is still animating in, or while its options re-render, is tried again.
 */
export async function chooseOption(
  page: Page,
  selectTestId: string,
  option: { text: string } | { testId: string },
  shown = 'text' in option ? option.text : '',
): Promise<void> {
  const select = page.getByTestId(selectTestId);
  const dropdown = page.locator('.ant-select-dropdown:visible');
  const target =
    'text' in option
      ? dropdown.locator('.ant-select-item-option').filter({ hasText: option.text })
      : dropdown.getByTestId(option.testId);
  for (let attempt = 1; ; attempt++) {
    if (!(await dropdown.count())) await select.click();
    await target.click();
    try {
      // The dropdown renders in a portal, so text inside the select itself is the chosen value.
      await select.getByText(shown).first().waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Steps the Compliance specs share: opening the sidebar and typing a paragraph.
 */
import type { Page } from '@playwright/test';
import type { Editor } from '@wordpress/e2e-test-utils-playwright';

/**
 * Opens the Compliance sidebar from the editor's top bar (if it is not open).
 *
 * @param page The editor page.
 * @return The sidebar region.
 */
export async function openComplianceSidebar( page: Page ) {
	const button = page
		.getByRole( 'region', { name: 'Editor top bar' } )
		.getByRole( 'button', { name: 'Compliance', exact: true } );
	if ( ( await button.getAttribute( 'aria-expanded' ) ) !== 'true' ) {
		await button.click();
	}
	return page.getByRole( 'region', { name: 'Editor settings' } );
}

/**
 * Types a new paragraph at the end of the post, as a writer would.
 *
 * @param editor The editor fixture.
 * @param page   The editor page.
 * @param text   What to type.
 */
export async function typeParagraph(
	editor: Editor,
	page: Page,
	text: string
) {
	await editor.canvas
		.getByRole( 'button', { name: 'Add default block' } )
		.click();
	await page.keyboard.type( text );
}

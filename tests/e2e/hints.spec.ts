/**
 * Live compliance hints in the real editor: a patient identifier typed into a
 * paragraph shows up in the Compliance sidebar with its excerpt; Show
 * highlights it, Fix redacts it as one undo step, and the disclaimer fix adds
 * the disclaimer block.
 */
import type { Page } from '@playwright/test';
import type { Admin, Editor } from '@wordpress/e2e-test-utils-playwright';
import { test, expect } from './fixtures';
import { openComplianceSidebar, typeParagraph } from './compliance-helpers';

/** A paragraph with a patient's name and record number, as a clinician might type it. */
const IDENTIFYING_TEXT = 'Yesterday I saw Maria Lopez, MRN 4455667, in clinic.';

/**
 * Starts a post with the identifying paragraph and the sidebar open.
 *
 * @param admin  The admin fixture.
 * @param editor The editor fixture.
 * @param page   The editor page.
 * @return The sidebar, the name's hint and the paragraph.
 */
async function startIdentifyingPost(
	admin: Admin,
	editor: Editor,
	page: Page
) {
	await admin.createNewPost();
	const sidebar = await openComplianceSidebar( page );
	await typeParagraph( editor, page, IDENTIFYING_TEXT );
	return {
		sidebar,
		hint: sidebar
			.getByRole( 'listitem' )
			.filter( { hasText: 'Maria Lopez' } )
			.first(),
		paragraph: editor.canvas.getByRole( 'document', {
			name: 'Block: Paragraph',
		} ),
	};
}

test.describe( 'Compliance hints', () => {
	test( 'should show, highlight, redact and restore a patient identifier', async ( {
		admin,
		editor,
		page,
		pluginErrors,
	} ) => {
		const { sidebar, hint, paragraph } = await startIdentifyingPost(
			admin,
			editor,
			page
		);
		await expect( hint ).toBeVisible();
		await expect( hint.locator( 'q' ) ).toContainText( 'Maria Lopez' );
		await expect( hint ).toContainText( 'Required' );
		await expect(
			sidebar.getByRole( 'button', { name: /^Privacy/ } )
		).toBeVisible();

		// Show: the exact text is marked in the paragraph.
		await hint.getByRole( 'button', { name: 'Show' } ).click();
		await expect(
			editor.canvas.locator( 'mark.annotation-text-hcp-compliance' )
		).toHaveText( 'Maria Lopez' );

		// Fix: redacted in one step, and nothing else changed.
		await hint.getByRole( 'button', { name: 'Fix' } ).click();
		await expect( paragraph ).not.toContainText( 'Maria Lopez' );
		await expect( paragraph ).toContainText( 'Yesterday I saw' );
		await expect( paragraph ).toContainText( 'in clinic.' );

		// Undo brings the name back, and only the fix is undone.
		await page
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: 'Undo' } )
			.click();
		await expect( paragraph ).toHaveText( IDENTIFYING_TEXT );
		expect( pluginErrors ).toEqual( [] );
	} );

	test( 'should undo a fix with the keyboard shortcut', async ( {
		admin,
		editor,
		page,
	} ) => {
		const { hint, paragraph } = await startIdentifyingPost(
			admin,
			editor,
			page
		);
		await hint.getByRole( 'button', { name: 'Fix' } ).click();
		await expect( paragraph ).not.toContainText( 'Maria Lopez' );
		await paragraph.click();
		await page.keyboard.press( 'ControlOrMeta+z' );
		await expect( paragraph ).toHaveText( IDENTIFYING_TEXT );
	} );

	test( 'should show a hint from the keyboard and keep focus in the sidebar', async ( {
		admin,
		editor,
		page,
	} ) => {
		const { hint } = await startIdentifyingPost( admin, editor, page );
		const show = hint.getByRole( 'button', { name: 'Show' } );
		await show.focus();
		await page.keyboard.press( 'Enter' );
		await expect(
			editor.canvas.locator( 'mark.annotation-text-hcp-compliance' )
		).toHaveText( 'Maria Lopez' );
		// The author can go straight on to Fix or Dismiss.
		await expect( show ).toBeFocused();
		await page.keyboard.press( 'Tab' );
		await expect(
			hint.getByRole( 'button', { name: 'Fix' } )
		).toBeFocused();
	} );

	test( 'should insert the disclaimer block from the disclaimer hint', async ( {
		admin,
		editor,
		page,
		pluginErrors,
	} ) => {
		await admin.createNewPost();
		const sidebar = await openComplianceSidebar( page );
		await typeParagraph(
			editor,
			page,
			'High blood pressure raises the risk of stroke; lowering salt and taking your blood pressure medication every day reduces it.'
		);
		const hint = sidebar
			.getByRole( 'listitem' )
			.filter( { hasText: /disclaimer/i } )
			.first();
		await hint.getByRole( 'button', { name: 'Fix' } ).click();
		await expect
			.poll( async () =>
				( await editor.getBlocks() ).map( ( block ) => block.name )
			)
			.toContain( 'hcp-compliance/disclaimer' );
		// The hint goes once the block is there.
		await expect(
			sidebar.getByRole( 'listitem' ).filter( { hasText: /disclaimer/i } )
		).toHaveCount( 0 );
		expect( pluginErrors ).toEqual( [] );
	} );

	test( 'should summarise and announce the issues in the document panel', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost();
		await typeParagraph( editor, page, IDENTIFYING_TEXT );
		await editor.openDocumentSettingsSidebar();
		await page
			.getByRole( 'region', { name: 'Editor settings' } )
			.getByRole( 'tab', { name: 'Post' } )
			.click();
		const panel = page.locator( '.hcp-compliance-summary' );
		// Plugin panels start closed until the author opens them.
		const toggle = panel.getByRole( 'button', {
			name: 'Compliance',
			exact: true,
		} );
		await toggle.click();
		await expect( toggle ).toHaveAttribute( 'aria-expanded', 'true' );
		await expect( panel ).toContainText( /\d+ issues?: \d+ required/ );
		// The same summary reached screen readers through the polite live region.
		await expect( page.locator( '#a11y-speak-polite' ) ).toContainText(
			/\d+ issues?: \d+ required/
		);
		await panel
			.getByRole( 'button', { name: 'Open Compliance hints' } )
			.click();
		await expect(
			page
				.getByRole( 'region', { name: 'Editor settings' } )
				.getByRole( 'listitem' )
				.filter( { hasText: 'Maria Lopez' } )
				.first()
		).toBeVisible();
	} );
} );

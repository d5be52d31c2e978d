/**
 * The plugin in a real WordPress: active, loads cleanly in the block editor,
 * opens its sidebar, and leaves saving posts intact.
 */
import { test, expect } from './fixtures';

test.describe( 'HCP Compliance plugin', () => {
	test( 'should be listed as active on the plugins screen', async ( {
		admin,
		page,
	} ) => {
		await admin.visitAdminPage( 'plugins.php' );
		const row = page.locator( 'tr[data-slug="hcp-compliance"]' );
		await expect( row ).toHaveClass( /\bactive\b/ );
		await expect( row.getByText( 'HCP Compliance' ).first() ).toBeVisible();
	} );

	test( 'should open the block editor without errors from the plugin', async ( {
		admin,
		editor,
		page,
		pluginErrors,
	} ) => {
		await admin.createNewPost();
		await editor.canvas
			.getByRole( 'textbox', { name: 'Add title' } )
			.waitFor();
		// The editor script is on the page, so any error it raised was recorded.
		await expect
			.poll( () =>
				page.evaluate( () =>
					Boolean(
						document.querySelector(
							'script[src*="/plugins/hcp-compliance/build/editor.js"]'
						)
					)
				)
			)
			.toBe( true );
		expect( pluginErrors ).toEqual( [] );
	} );

	test( 'should open the Compliance sidebar from the editor toolbar', async ( {
		admin,
		page,
		pluginErrors,
	} ) => {
		await admin.createNewPost();
		const toolbarButton = page
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: 'Compliance', exact: true } );
		await toolbarButton.click();
		await expect( toolbarButton ).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		const sidebar = page.getByRole( 'region', { name: 'Editor settings' } );
		await expect(
			sidebar.getByRole( 'heading', { name: 'Compliance' } )
		).toBeVisible();
		expect( pluginErrors ).toEqual( [] );
	} );

	test( 'should save a post with a paragraph and reload it intact', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost( { title: 'Saving still works' } );
		await editor.insertBlock( {
			name: 'core/paragraph',
			attributes: { content: 'Wash your hands before every visit.' },
		} );
		const postId = await editor.publishPost();
		expect( postId ).toEqual( expect.any( Number ) );

		await page.reload();
		await editor.canvas
			.getByRole( 'textbox', { name: 'Add title' } )
			.waitFor();
		await expect
			.poll( () => editor.getBlocks() )
			.toMatchObject( [
				{
					name: 'core/paragraph',
					attributes: {
						content: 'Wash your hands before every visit.',
					},
				},
			] );
		await expect(
			editor.canvas.getByRole( 'textbox', { name: 'Add title' } )
		).toHaveText( 'Saving still works' );
	} );
} );

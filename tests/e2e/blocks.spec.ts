/**
 * The credentials and disclaimer blocks in the real editor and on the front
 * end: filled, saved and reloaded without invalid-block warnings; the header
 * and its JSON-LD on the post; hostile input shown as text; the post still
 * readable with the plugin switched off.
 */
import type { Page } from '@playwright/test';
import type { Editor } from '@wordpress/e2e-test-utils-playwright';

import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { test, expect } from './fixtures';

const XSS =
	'<img src=x onerror="window.__hcpXss=1">"><script>window.__hcpXss=2</script>';

/** What the author types into the credentials block. */
const DETAILS = {
	Name: 'Dana Reyes',
	Credentials: 'MD, MPH',
	Specialty: 'Endocrinology',
	'Registration number': '1234567',
	Affiliation: 'Riverside Health & Care',
	Disclosures: 'Speaker fees from Acme Pharma.',
};

/**
 * Fills the selected credentials block's form.
 *
 * @param editor Editor fixture.
 * @param values Label => text; 'Registration body' goes to the suggestions box.
 */
async function fillCredentials(
	editor: Editor,
	values: Record< string, string >
) {
	for ( const [ label, value ] of Object.entries( values ) ) {
		const field =
			label === 'Registration body'
				? editor.canvas.getByRole( 'combobox', { name: label } )
				: editor.canvas.getByRole( 'textbox', {
						name: label,
						exact: true,
					} );
		await field.fill( value );
	}
}

/**
 * Fails when the canvas shows the "unexpected or invalid content" warning.
 *
 * @param editor Editor fixture.
 */
async function expectNoInvalidBlocks( editor: Editor ) {
	await expect(
		editor.canvas.getByText( /contains unexpected or invalid content/ )
	).toHaveCount( 0 );
	const invalid = await editor.page.evaluate( () =>
		( window as any ).wp.data
			.select( 'core/block-editor' )
			.getBlocks()
			.filter( ( block: { isValid: boolean } ) => ! block.isValid )
			.map( ( block: { name: string } ) => block.name )
	);
	expect( invalid ).toEqual( [] );
}

/**
 * Reloads the editor and waits for the post's blocks.
 *
 * @param page   Page fixture.
 * @param editor Editor fixture.
 */
async function reloadEditor( page: Page, editor: Editor ) {
	await page.reload();
	await editor.canvas.getByRole( 'textbox', { name: 'Add title' } ).waitFor();
	await expect
		.poll( async () => ( await editor.getBlocks() ).length )
		.toBeGreaterThan( 0 );
}

/**
 * Reads the plugin's JSON-LD on a front-end page.
 *
 * @param page Page fixture.
 * @return The parsed JSON-LD objects the plugin printed.
 */
async function pluginJsonLd( page: Page ) {
	const scripts = await page
		.locator( 'script[type="application/ld+json"].hcp-compliance-schema' )
		.allTextContents();
	return scripts.map( ( text ) => JSON.parse( text ) );
}

test.describe( 'Credentials and disclaimer blocks', () => {
	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.activatePlugin( 'hcp-compliance' );
		await requestUtils.rest( {
			path: '/wp/v2/users/me',
			method: 'POST',
			data: { meta: { hcp_compliance_profile: {} } },
		} );
	} );

	test( 'should save, reload valid, and show the header and JSON-LD on the front end', async ( {
		admin,
		editor,
		page,
		pluginErrors,
	} ) => {
		await admin.createNewPost( { title: 'Managing type 2 diabetes' } );
		await editor.insertBlock( { name: 'hcp-compliance/credentials' } );
		await fillCredentials( editor, {
			...DETAILS,
			'Registration number': '123',
			'Registration body': 'General Medical Council (GMC, UK)',
		} );
		// The format check speaks up as the author types, without blocking.
		await expect(
			editor.canvas.getByText(
				'General Medical Council (GMC, UK) numbers are 7 digits, for example 1234567.'
			)
		).toBeVisible();
		await fillCredentials( editor, { 'Registration number': '1234567' } );
		await expect(
			editor.canvas.getByText(
				'The number has the format of a General Medical Council (GMC, UK) registration.'
			)
		).toBeVisible();
		await expect(
			editor.canvas.getByRole( 'link', {
				name: /Check the public register/,
			} )
		).toHaveAttribute( 'href', /gmc-uk\.org/ );
		await editor.canvas
			.getByRole( 'radio', { name: 'Personal capacity: my own views' } )
			.check();

		await editor.insertBlock( {
			name: 'core/paragraph',
			attributes: {
				content: 'Exercise helps most people with diabetes.',
			},
		} );
		await editor.insertBlock( { name: 'hcp-compliance/disclaimer' } );
		// A new disclaimer starts with the practice's default text from the settings.
		const siteDefault: string = await page.evaluate(
			() =>
				( window as any ).wp.data
					.select( 'core/editor' )
					.getEditorSettings().hcpCompliance.disclaimerText
		);
		expect( siteDefault ).toBeTruthy();
		await expect(
			editor.canvas.getByRole( 'textbox', { name: 'Disclaimer text' } )
		).toHaveText( siteDefault );

		const postId = await editor.publishPost();
		await reloadEditor( page, editor );
		await expectNoInvalidBlocks( editor );
		const blocks = await editor.getBlocks();
		expect( blocks.map( ( block ) => block.name ) ).toEqual( [
			'hcp-compliance/credentials',
			'core/paragraph',
			'hcp-compliance/disclaimer',
		] );
		expect( blocks[ 0 ].attributes ).toMatchObject( {
			name: 'Dana Reyes',
			credentials: 'MD, MPH',
			registrationNumber: '1234567',
			registrationBody: 'General Medical Council (GMC, UK)',
			affiliation: 'Riverside Health & Care',
			capacity: 'independent',
		} );
		expect( pluginErrors ).toEqual( [] );

		await page.goto( `/?p=${ postId }` );
		const header = page.locator( '.wp-block-hcp-compliance-credentials' );
		await expect( header ).toContainText( 'Dana Reyes, MD, MPH' );
		await expect( header ).toContainText(
			'Reg. no. 1234567, General Medical Council (GMC, UK)'
		);
		await expect( header ).toContainText(
			'Writing in a personal capacity; views are my own.'
		);
		await expect( header ).toContainText( 'Riverside Health & Care' );
		await expect(
			page.locator( '.wp-block-hcp-compliance-disclaimer' )
		).toContainText( siteDefault );

		const jsonLd = await pluginJsonLd( page );
		expect( jsonLd ).toHaveLength( 1 );
		const graph: Array< Record< string, any > > = jsonLd[ 0 ][ '@graph' ];
		const person = graph.find( ( node ) =>
			[ node[ '@type' ] ].flat().includes( 'Person' )
		);
		const webPage = graph.find(
			( node ) => node[ '@type' ] === 'MedicalWebPage'
		);
		expect( person ).toMatchObject( {
			'@type': [ 'Person', 'Physician' ],
			name: 'Dana Reyes',
			identifier: {
				value: '1234567',
				propertyID: 'General Medical Council (GMC, UK)',
			},
			affiliation: { name: 'Riverside Health & Care' },
		} );
		expect( person?.hasCredential[ 0 ] ).toMatchObject( {
			credentialCategory: 'license',
			identifier: '1234567',
		} );
		expect( webPage ).toMatchObject( {
			author: { '@id': person?.[ '@id' ] },
			lastReviewed: expect.stringMatching( /^\d{4}-\d{2}-\d{2}$/ ),
		} );
	} );

	test( 'should show markup typed into every field as text', async ( {
		admin,
		editor,
		page,
	} ) => {
		const dialogs: string[] = [];
		page.on( 'dialog', async ( dialog ) => {
			dialogs.push( dialog.message() );
			await dialog.dismiss();
		} );
		await admin.createNewPost( { title: 'Hostile input' } );
		await editor.insertBlock( { name: 'hcp-compliance/credentials' } );
		await fillCredentials(
			editor,
			Object.fromEntries(
				[ ...Object.keys( DETAILS ), 'Registration body' ].map(
					( label ) => [ label, `${ label } ${ XSS }` ]
				)
			)
		);
		await editor.canvas
			.getByRole( 'radio', { name: 'On behalf of my employer' } )
			.check();
		await editor.insertBlock( { name: 'hcp-compliance/disclaimer' } );
		const disclaimer = editor.canvas.getByRole( 'textbox', {
			name: 'Disclaimer text',
		} );
		await disclaimer.click();
		await page.keyboard.press( 'ControlOrMeta+a' );
		await page.keyboard.type( `Disclaimer ${ XSS }` );

		const postId = await editor.publishPost();
		await reloadEditor( page, editor );
		await expectNoInvalidBlocks( editor );
		// In the editor too, what was typed is text: in the form and in the rich text.
		await editor.selectBlocks(
			editor.canvas.locator( '[data-type="hcp-compliance/credentials"]' )
		);
		await expect(
			editor.canvas.getByRole( 'textbox', { name: 'Name', exact: true } )
		).toHaveValue( `Name ${ XSS }` );
		await expect(
			editor.canvas.getByRole( 'textbox', { name: 'Disclaimer text' } )
		).toHaveText( `Disclaimer ${ XSS }` );

		await page.goto( `/?p=${ postId }` );
		// wptexturize curls the quotes on the front end; the text is otherwise intact.
		const uncurl = ( text: string ) => text.replace( /[“”″]/g, '"' );
		const headerText = uncurl(
			await page
				.locator( '.wp-block-hcp-compliance-credentials' )
				.innerText()
		);
		for ( const label of [
			...Object.keys( DETAILS ),
			'Registration body',
		] ) {
			expect( headerText ).toContain( `${ label } ${ XSS }` );
		}
		expect(
			uncurl(
				await page
					.locator( '.wp-block-hcp-compliance-disclaimer' )
					.innerText()
			)
		).toContain( `Disclaimer ${ XSS }` );
		// Nothing typed became an element or ran.
		await expect(
			page.locator(
				'.wp-block-hcp-compliance-credentials img, .wp-block-hcp-compliance-credentials script, .wp-block-hcp-compliance-disclaimer img, .wp-block-hcp-compliance-disclaimer script'
			)
		).toHaveCount( 0 );
		expect(
			await page.evaluate( () => ( window as any ).__hcpXss )
		).toBeUndefined();
		expect( dialogs ).toEqual( [] );
		// The JSON-LD still parses; markup is stripped from its values (defence in depth for consumers).
		const [ jsonLd ] = await pluginJsonLd( page );
		const person = jsonLd[ '@graph' ].find(
			( node: Record< string, unknown > ) => node[ '@type' ] === 'Person'
		);
		expect( person.name ).toBe( 'Name ">' );
		expect( JSON.stringify( jsonLd ) ).not.toMatch( /<script|<img/ );
	} );

	test( 'should pre-fill a new credentials block from the saved author profile', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost();
		await editor.insertBlock( { name: 'hcp-compliance/credentials' } );
		await fillCredentials( editor, {
			Name: 'Sam Okafor',
			Credentials: 'RN',
			'Registration number': '12A3456E',
			'Registration body': 'NMC',
		} );
		await editor.openDocumentSettingsSidebar();
		await page
			.getByRole( 'region', { name: 'Editor settings' } )
			.getByRole( 'button', { name: 'Save as my profile' } )
			.click();
		await expect(
			page.getByText( /Saved as your author profile/ ).first()
		).toBeVisible();

		await admin.createNewPost();
		await editor.insertBlock( { name: 'hcp-compliance/credentials' } );
		await expect(
			editor.canvas.getByRole( 'textbox', { name: 'Name', exact: true } )
		).toHaveValue( 'Sam Okafor' );
		await expect(
			editor.canvas.getByRole( 'textbox', {
				name: 'Registration number',
			} )
		).toHaveValue( '12A3456E' );
		await expect(
			editor.canvas.getByText(
				'The number has the format of a Nursing and Midwifery Council (NMC, UK) registration.'
			)
		).toBeVisible();
	} );

	test( 'should save the profile from the user profile screen', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		await admin.visitAdminPage( 'profile.php' );
		await expect(
			page.getByRole( 'heading', { name: 'Professional credentials' } )
		).toBeVisible();
		await page
			.locator( '#hcp-compliance-profile-name' )
			.fill( 'Ana <b>Silva</b>' );
		await page
			.locator( '#hcp-compliance-profile-registrationNumber' )
			.fill( 'MED0001234567' );
		await page
			.locator( '#hcp-compliance-profile-registrationBody' )
			.fill( 'AHPRA' );
		await page
			.locator( '#hcp-compliance-profile-capacity' )
			.selectOption( 'employer' );
		await page.getByRole( 'button', { name: 'Update Profile' } ).click();
		await expect( page.getByText( 'Profile updated.' ) ).toBeVisible();
		await expect(
			page.locator( '#hcp-compliance-profile-registrationNumber' )
		).toHaveValue( 'MED0001234567' );

		const me = await requestUtils.rest( {
			path: '/wp/v2/users/me',
			params: { context: 'edit' },
		} );
		expect( me.meta.hcp_compliance_profile ).toMatchObject( {
			name: 'Ana Silva',
			registrationNumber: 'MED0001234567',
			registrationBody: 'AHPRA',
			capacity: 'employer',
		} );
	} );

	test( 'should let only its owner or a user editor change a profile, and keep it out of public views', async ( {
		requestUtils,
	} ) => {
		const username = `profile${ Date.now() }`;
		const user = await requestUtils.createUser( {
			username,
			email: `${ username }@example.org`,
			password: 'password',
			roles: [ 'author' ],
		} );
		try {
			const author = await RequestUtils.setup( {
				user: { username, password: 'password' },
			} );
			await author.setupRest();
			const own = await author.rest( {
				path: '/wp/v2/users/me',
				method: 'POST',
				data: {
					meta: {
						hcp_compliance_profile: {
							name: 'Sam <script>x</script>Okafor',
							capacity: 'independent',
						},
					},
				},
			} );
			expect( own.meta.hcp_compliance_profile ).toMatchObject( {
				name: 'Sam Okafor',
				capacity: 'independent',
			} );
			// Someone else's profile: refused.
			await expect(
				author.rest( {
					path: '/wp/v2/users/1',
					method: 'POST',
					data: { meta: { hcp_compliance_profile: { name: 'X' } } },
				} )
			).rejects.toMatchObject( { data: { status: 403 } } );
			// A capacity outside the choices: refused.
			await expect(
				author.rest( {
					path: '/wp/v2/users/me',
					method: 'POST',
					data: {
						meta: { hcp_compliance_profile: { capacity: 'boss' } },
					},
				} )
			).rejects.toMatchObject( { data: { status: 400 } } );
			// The administrator may edit it; the public view does not show it.
			const edited = await requestUtils.rest( {
				path: `/wp/v2/users/${ user.id }`,
				method: 'POST',
				data: {
					meta: {
						hcp_compliance_profile: {
							name: 'Sam Okafor',
							credentials: 'RN',
						},
					},
				},
			} );
			expect( edited.meta.hcp_compliance_profile ).toMatchObject( {
				credentials: 'RN',
			} );
			// The view context (what any visitor's requests get) leaves the profile out.
			const viewed = await requestUtils.rest( {
				path: `/wp/v2/users/${ user.id }`,
				params: { context: 'view' },
			} );
			expect( viewed.id ).toBe( user.id );
			expect( viewed.meta ?? {} ).not.toHaveProperty(
				'hcp_compliance_profile'
			);
		} finally {
			await requestUtils.rest( {
				path: `/wp/v2/users/${ user.id }`,
				method: 'DELETE',
				params: { force: true, reassign: 1 },
			} );
		}
	} );

	test( 'should stay valid when an author without unfiltered_html saves it', async ( {
		admin,
		editor,
		page,
		requestUtils,
	} ) => {
		// Markup the editor would save, with text kses would otherwise rewrite
		// in the attributes ("&" to "&amp;", tags stripped) but not in the markup.
		await admin.createNewPost();
		const attributes = {
			name: 'Dana <Reyes>',
			credentials: 'RN & MSN',
			registrationNumber: '12A3456E',
			registrationBody: 'NMC',
			affiliation: 'Smith & Jones <b>Clinic</b>',
			capacity: 'employer',
			disclosures: `Fees & gifts ${ XSS }`,
		};
		const content = await page.evaluate( ( attrs ) => {
			const { blocks } = ( window as any ).wp;
			const block = blocks.createBlock( 'hcp-compliance/credentials', {
				...attrs,
				labels: {
					numberAndBody: 'Reg. no. %1$s, %2$s',
					employerNamed: 'Writing on behalf of %s.',
					disclosures: 'Disclosures:',
				},
			} );
			return blocks.serialize( [ block ] );
		}, attributes );

		const username = `author${ Date.now() }`;
		const user = await requestUtils.createUser( {
			username,
			email: `${ username }@example.org`,
			password: 'password',
			roles: [ 'author' ],
		} );
		try {
			const author = await RequestUtils.setup( {
				user: { username, password: 'password' },
			} );
			await author.setupRest();
			const post = await author.rest( {
				path: '/wp/v2/posts',
				method: 'POST',
				data: {
					title: 'Saved by an author',
					content,
					status: 'publish',
				},
			} );
			await admin.visitAdminPage(
				'post.php',
				`post=${ post.id }&action=edit`
			);
			await editor.canvas
				.getByRole( 'textbox', { name: 'Add title' } )
				.waitFor();
			await expectNoInvalidBlocks( editor );
			const [ block ] = await editor.getBlocks();
			expect( block.attributes ).toMatchObject( attributes );
		} finally {
			await requestUtils.rest( {
				path: `/wp/v2/users/${ user.id }`,
				method: 'DELETE',
				params: { force: true, reassign: 1 },
			} );
		}
	} );

	test( 'should keep the post readable with the plugin deactivated', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost( { title: 'Readable without the plugin' } );
		await editor.insertBlock( {
			name: 'hcp-compliance/credentials',
			attributes: {
				name: 'Dana Reyes',
				credentials: 'RN',
				registrationNumber: '12A3456E',
				registrationBody: 'NMC',
				capacity: 'employer',
				affiliation: 'Riverside Health',
			},
		} );
		await editor.insertBlock( {
			name: 'hcp-compliance/disclaimer',
			attributes: {
				text: 'General information, <strong>not</strong> medical advice.',
			},
		} );
		const postId = await editor.publishPost();

		await admin.visitAdminPage( 'plugins.php' );
		const row = page.locator( 'tr[data-slug="hcp-compliance"]' );
		await row.getByRole( 'link', { name: /Deactivate/ } ).click();
		await expect(
			page.locator( 'tr[data-slug="hcp-compliance"]' )
		).toHaveClass( /\binactive\b/ );

		try {
			await page.goto( `/?p=${ postId }` );
			const content = page.locator(
				'.wp-block-hcp-compliance-credentials'
			);
			await expect( content ).toContainText( 'Dana Reyes, RN' );
			await expect( content ).toContainText( 'Reg. no. 12A3456E, NMC' );
			await expect( content ).toContainText(
				'Writing on behalf of Riverside Health.'
			);
			await expect(
				page.locator( '.wp-block-hcp-compliance-disclaimer strong' )
			).toHaveText( 'not' );
			await expect( page.getByText( 'wp:hcp-compliance' ) ).toHaveCount(
				0
			);
		} finally {
			// Reactivated from the plugins screen; afterAll also makes sure it is active.
			await admin.visitAdminPage( 'plugins.php' );
			await page
				.locator( 'tr[data-slug="hcp-compliance"]' )
				.getByRole( 'link', { name: /^Activate/ } )
				.click();
		}
		await expect(
			page.locator( 'tr[data-slug="hcp-compliance"]' )
		).toHaveClass( /\bactive\b/ );
	} );
} );

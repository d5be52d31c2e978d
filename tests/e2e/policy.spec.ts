/**
 * Practice policy in a real WordPress: the settings screen saves rule levels;
 * a dismissal with a reason is saved with the post, survives reload and can
 * be restored; a "require" finding stops publishing until it is fixed or
 * overridden with a reason, and the override is recorded in the post's audit meta.
 */
import type { Page } from '@playwright/test';
import {
	Editor,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';
import { openComplianceSidebar, typeParagraph } from './compliance-helpers';
import { isFromPlugin, test, expect } from './fixtures';

/** The first analysis after the editor opens starts a worker; give it time on a busy machine. */
const FIRST_ANALYSIS = { timeout: 60_000 };

/** A sentence with two patient identifiers (a name and a record number). */
const PATIENT_TEXT = 'Yesterday I saw Maria Lopez, MRN 4455667, in clinic.';

/** Audit entry as the REST API returns it. */
interface AuditEntry {
	type: string;
	ruleId: string;
	fingerprint: string;
	excerpt: string;
	reason: string;
	comment: string;
	user: number;
	userName: string;
	time: string;
}

/**
 * Sets rule levels through the REST settings endpoint, keeping the other fields.
 *
 * @param requestUtils Request utilities (logged in as admin).
 * @param rules        Rule ID → level.
 */
async function setRuleLevels(
	requestUtils: RequestUtils,
	rules: Record< string, string >
) {
	const current = await requestUtils.rest< {
		hcp_compliance_settings: { rules: Record< string, string > };
	} >( { path: '/wp/v2/settings' } );
	const settings = current.hcp_compliance_settings;
	await requestUtils.rest( {
		path: '/wp/v2/settings',
		method: 'POST',
		data: {
			hcp_compliance_settings: {
				...settings,
				rules: { ...settings.rules, ...rules },
			},
		},
	} );
}

/**
 * The post's audit trail, read back from the REST API.
 *
 * @param requestUtils Request utilities.
 * @param postId       Post ID.
 */
async function auditTrail(
	requestUtils: RequestUtils,
	postId: number
): Promise< AuditEntry[] > {
	const post = await requestUtils.rest< {
		meta: { _hcp_compliance_audit: AuditEntry[] };
	} >( { path: `/wp/v2/posts/${ postId }`, params: { context: 'edit' } } );
	return post.meta._hcp_compliance_audit;
}

/**
 * Opens the pre-publish checks from the top bar's Publish button.
 *
 * @param page The editor page.
 * @return The publish panel region.
 */
async function openPublishPanel( page: Page ) {
	await page
		.getByRole( 'region', { name: 'Editor top bar' } )
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	return page.getByRole( 'region', { name: 'Editor publish' } );
}

/**
 * Waits for the editor's notice that the post was published or updated.
 *
 * @param page The editor page.
 * @param word "published" or "updated".
 */
async function expectSavedNotice( page: Page, word: 'published' | 'updated' ) {
	await expect(
		page
			.getByRole( 'button', { name: 'Dismiss this notice' } )
			.filter( { hasText: word } )
	).toBeVisible();
}

/**
 * The post ID from the editor's address.
 *
 * @param page The editor page.
 */
function postIdOf( page: Page ): number {
	return Number( new URL( page.url() ).searchParams.get( 'post' ) );
}

test.describe( 'Practice policy', () => {
	// Other specs share the site: leave the policy as it was found.
	let original: unknown;

	test.beforeAll( async ( { requestUtils } ) => {
		original = (
			await requestUtils.rest< { hcp_compliance_settings: unknown } >( {
				path: '/wp/v2/settings',
			} )
		).hcp_compliance_settings;
	} );

	test.beforeEach( async ( { requestUtils } ) => {
		await setRuleLevels( requestUtils, {
			'privacy/patient-identifier': 'require',
			'content/absolute-claim': 'advise',
		} );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			path: '/wp/v2/settings',
			method: 'POST',
			data: { hcp_compliance_settings: original },
		} );
	} );

	test( 'should save a rule level on the settings screen and show it after reload', async ( {
		admin,
		page,
		pluginErrors,
	} ) => {
		await admin.visitAdminPage(
			'options-general.php',
			'page=hcp-compliance'
		);
		// Notices are also spoken through a live region; read the screen itself.
		const screen = page.locator( '#hcp-compliance-settings' );
		const level = page.getByRole( 'combobox', { name: 'Absolute claim' } );
		await expect( level ).toHaveValue( 'advise' );
		await level.selectOption( 'require' );

		// Bad input is refused with a reason, and what was typed stays.
		const disclaimer = page.getByRole( 'textbox', {
			name: 'Default disclaimer text',
		} );
		await disclaimer.fill( '' );
		await page.getByRole( 'button', { name: 'Save changes' } ).click();
		await expect(
			screen.getByText(
				'Some fields need correcting; nothing was saved.'
			)
		).toBeVisible();
		await expect(
			screen.getByText( 'Give a default disclaimer', { exact: false } )
		).toBeVisible();
		await expect( level ).toHaveValue( 'require' );

		await disclaimer.fill( 'General information, not advice for you.' );
		await page.getByRole( 'button', { name: 'Save changes' } ).click();
		await expect(
			screen.getByText( 'Practice policy saved.' )
		).toBeVisible();

		await page.reload();
		await expect(
			page.getByRole( 'combobox', { name: 'Absolute claim' } )
		).toHaveValue( 'require' );
		await expect(
			page.getByRole( 'textbox', { name: 'Default disclaimer text' } )
		).toHaveValue( 'General information, not advice for you.' );
		expect( pluginErrors ).toEqual( [] );
	} );

	test( 'should keep a dismissal with its reason across reload and restore it', async ( {
		admin,
		editor,
		page,
		requestUtils,
		pluginErrors,
	} ) => {
		await admin.createNewPost( { title: 'A dismissed hint' } );
		const sidebar = await openComplianceSidebar( page );
		await typeParagraph( editor, page, PATIENT_TEXT );

		const hint = sidebar
			.getByRole( 'listitem' )
			.filter( { hasText: 'Maria Lopez' } )
			.first();
		await expect( hint ).toBeVisible( FIRST_ANALYSIS );
		await hint.getByRole( 'button', { name: 'Dismiss' } ).click();
		const dialog = page.getByRole( 'dialog', {
			name: 'Dismiss this hint',
		} );
		const confirm = dialog.getByRole( 'button', { name: 'Confirm' } );
		await expect( confirm ).toBeDisabled();
		// "Other" needs a comment before it can be confirmed.
		await dialog.getByRole( 'radio', { name: 'Other (explain)' } ).check();
		await expect( confirm ).toBeDisabled();
		await dialog
			.getByRole( 'radio', { name: 'Patient consent is on file' } )
			.check();
		await dialog
			.getByRole( 'textbox', { name: 'Comment (optional)' } )
			.fill( 'Signed consent form, 2024' );
		await confirm.click();
		await expect( dialog ).toBeHidden();
		await expect(
			sidebar.getByRole( 'listitem' ).filter( { hasText: 'Maria Lopez' } )
		).toHaveCount( 0 );

		await editor.saveDraft();
		const postId = postIdOf( page );
		const trail = await auditTrail( requestUtils, postId );
		expect( trail ).toEqual( [
			{
				type: 'dismissal',
				ruleId: 'privacy/patient-identifier',
				fingerprint: expect.any( String ),
				// The trail keeps initials only, never the identifier itself.
				excerpt: 'M… L…',
				reason: 'consent-on-file',
				comment: 'Signed consent form, 2024',
				user: 1,
				userName: 'admin',
				time: expect.stringMatching( /^\d{4}-\d\d-\d\dT/ ),
			},
		] );

		await page.reload();
		const reloaded = await openComplianceSidebar( page );
		const dismissed = reloaded.getByRole( 'button', {
			name: 'Dismissed (1)',
		} );
		await expect( dismissed ).toBeVisible();
		await dismissed.click();
		await expect(
			reloaded.getByText(
				'Patient consent is on file: Signed consent form, 2024'
			)
		).toBeVisible();
		await expect(
			reloaded
				.getByRole( 'listitem' )
				.filter( { hasText: 'Maria Lopez' } )
		).toHaveCount( 0 );

		await reloaded
			.getByRole( 'button', {
				name: 'Restore hint: Patient identifiers',
			} )
			.click();
		await expect(
			reloaded
				.getByRole( 'listitem' )
				.filter( { hasText: 'Maria Lopez' } )
				.first()
		).toBeVisible( FIRST_ANALYSIS );
		await expect( dismissed ).toBeHidden();

		await editor.saveDraft();
		expect(
			( await auditTrail( requestUtils, postId ) ).map(
				( entry ) => entry.type
			)
		).toEqual( [ 'dismissal', 'restore' ] );
		expect( pluginErrors ).toEqual( [] );
	} );

	test( 'should stop publishing under a "require" policy until the problem is fixed', async ( {
		admin,
		editor,
		page,
		pluginErrors,
	} ) => {
		await admin.createNewPost( { title: 'Blocked until fixed' } );
		await typeParagraph( editor, page, PATIENT_TEXT );

		let panel = await openPublishPanel( page );
		await expect( panel.getByText( /Publishing is blocked/ ) ).toBeVisible(
			FIRST_ANALYSIS
		);
		await expect(
			panel.getByRole( 'button', { name: 'Publish', exact: true } )
		).toBeDisabled();
		await expect(
			page
				.locator( '.components-editor-notices__pinned' )
				.getByText( /Publishing is blocked/ )
		).toBeVisible();

		// The way to the fix: the Compliance sidebar, with the hint in it.
		await panel
			.getByRole( 'button', { name: 'Fix in the Compliance sidebar' } )
			.click();
		const sidebar = page.getByRole( 'region', { name: 'Editor settings' } );
		await expect(
			sidebar
				.getByRole( 'listitem' )
				.filter( { hasText: 'Maria Lopez' } )
				.first()
		).toBeVisible();

		// The writer removes the identifiers.
		await editor.canvas
			.getByRole( 'document', { name: 'Block: Paragraph' } )
			.click();
		await page.keyboard.press( 'ControlOrMeta+a' );
		await page.keyboard.type( 'Chest pain deserves a prompt assessment.' );

		panel = await openPublishPanel( page );
		const publish = panel.getByRole( 'button', {
			name: 'Publish',
			exact: true,
		} );
		// Publishing waits for the new text to be checked, then opens up.
		await expect( publish ).toBeEnabled( FIRST_ANALYSIS );
		await expect( panel.getByText( /Publishing is blocked/ ) ).toBeHidden();
		await publish.click();
		await expectSavedNotice( page, 'published' );
		expect( pluginErrors ).toEqual( [] );
	} );

	test( 'should allow publishing after an override with a reason, recorded in the audit meta', async ( {
		admin,
		editor,
		page,
		requestUtils,
		pluginErrors,
	} ) => {
		await admin.createNewPost( { title: 'Published with an override' } );
		await typeParagraph( editor, page, PATIENT_TEXT );

		const panel = await openPublishPanel( page );
		const publish = panel.getByRole( 'button', {
			name: 'Publish',
			exact: true,
		} );
		await expect( panel.getByText( /Publishing is blocked/ ) ).toBeVisible(
			FIRST_ANALYSIS
		);
		await expect( publish ).toBeDisabled();

		await panel
			.getByRole( 'button', { name: 'Override with reason' } )
			.click();
		await panel
			.getByRole( 'radio', { name: 'Composite or fictional case' } )
			.check();
		await panel
			.getByRole( 'textbox', { name: 'Comment (optional)' } )
			.fill( 'Name and number are invented.' );
		await panel
			.getByRole( 'button', { name: 'Override and allow publishing' } )
			.click();
		await expect(
			panel.getByText( /overridden with a recorded reason/ )
		).toBeVisible();
		await expect( publish ).toBeEnabled();
		await publish.click();
		await expectSavedNotice( page, 'published' );

		const trail = await auditTrail( requestUtils, postIdOf( page ) );
		expect( trail.length ).toBeGreaterThanOrEqual( 2 );
		for ( const entry of trail ) {
			expect( entry ).toMatchObject( {
				type: 'override',
				ruleId: 'privacy/patient-identifier',
				reason: 'composite-case',
				comment: 'Name and number are invented.',
				user: 1,
				userName: 'admin',
			} );
		}
		expect( pluginErrors ).toEqual( [] );
	} );

	test( 'should stop updating a published post with a new problem until an allowed user overrides it', async ( {
		admin,
		editor,
		page,
		requestUtils,
		pluginErrors,
	} ) => {
		await admin.createNewPost( { title: 'Published, then edited' } );
		await typeParagraph(
			editor,
			page,
			'Chest pain deserves a prompt assessment.'
		);
		await editor.publishPost();

		// A new paragraph after the published one.
		await editor.canvas
			.getByRole( 'document', { name: 'Block: Paragraph' } )
			.click();
		await page.keyboard.press( 'End' );
		await page.keyboard.press( 'Enter' );
		await page.keyboard.type( PATIENT_TEXT );
		const notice = page
			.locator( '.components-editor-notices__pinned' )
			.filter( { hasText: /Publishing is blocked/ } );
		await expect( notice ).toBeVisible( FIRST_ANALYSIS );
		const save = page
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: /^(Update|Save)$/ } );
		await expect( save ).toBeDisabled();

		await notice
			.getByRole( 'button', { name: 'Override with reason' } )
			.click();
		const dialog = page.getByRole( 'dialog', {
			name: 'Override the publish check',
		} );
		await dialog.getByRole( 'radio', { name: 'Other (explain)' } ).check();
		const confirm = dialog.getByRole( 'button', {
			name: 'Override and allow publishing',
		} );
		await expect( confirm ).toBeDisabled();
		await dialog
			.getByRole( 'textbox', { name: 'Comment (required)' } )
			.fill( 'Reviewed with the patient, who asked to be named.' );
		await confirm.click();
		await expect( dialog ).toBeHidden();
		await expect( notice ).toBeHidden();
		await save.click();
		// Core asks to confirm saves that change post meta (the audit trail) on a published post.
		const confirmSave = page
			.getByRole( 'region', { name: 'Editor publish' } )
			.getByRole( 'button', { name: 'Save', exact: true } );
		await confirmSave.click();
		await expectSavedNotice( page, 'updated' );

		const trail = await auditTrail( requestUtils, postIdOf( page ) );
		expect( trail.length ).toBeGreaterThanOrEqual( 2 );
		expect( trail[ 0 ] ).toMatchObject( {
			type: 'override',
			reason: 'other',
			comment: 'Reviewed with the patient, who asked to be named.',
		} );
		expect( pluginErrors ).toEqual( [] );
	} );

	test( 'should validate and sanitise the policy and keep the audit trail append-only on the server', async ( {
		requestUtils,
	} ) => {
		// A level outside off/advise/require is refused with a reason.
		await expect(
			requestUtils.rest( {
				path: '/wp/v2/settings',
				method: 'POST',
				data: {
					hcp_compliance_settings: {
						rules: { 'content/absolute-claim': 'sometimes' },
					},
				},
			} )
		).rejects.toMatchObject( {
			code: 'rest_invalid_param',
			data: {
				params: {
					hcp_compliance_settings: expect.stringMatching(
						/is not one of off, advise, and require/
					),
				},
			},
		} );

		// Markup is stripped, unknown capabilities are refused, contacts are cleaned line by line.
		const saved = await requestUtils.rest< {
			hcp_compliance_settings: Record< string, unknown >;
		} >( {
			path: '/wp/v2/settings',
			method: 'POST',
			data: {
				hcp_compliance_settings: {
					affiliation: '<b>Riverside</b> Clinic',
					officialContacts:
						'+1 555 0100\n\n<i>info@clinic.example</i>',
					overrideCapability: 'read',
				},
			},
		} );
		expect( saved.hcp_compliance_settings ).toMatchObject( {
			affiliation: 'Riverside Clinic',
			officialContacts: '+1 555 0100\ninfo@clinic.example',
			overrideCapability: 'edit_others_posts',
		} );

		// The server stamps who and when, masks identifiers, and never drops entries.
		const post = await requestUtils.rest< { id: number } >( {
			path: '/wp/v2/posts',
			method: 'POST',
			data: { title: 'Audit trail', status: 'draft' },
		} );
		const forged = {
			type: 'dismissal',
			ruleId: 'privacy/patient-identifier',
			fingerprint: 'fp-1',
			excerpt: 'Maria Lopez',
			reason: 'not-a-patient',
			comment: '',
			user: 99,
			userName: 'someone else',
			time: '2001-01-01T00:00:00Z',
		};
		await requestUtils.rest( {
			path: `/wp/v2/posts/${ post.id }`,
			method: 'POST',
			data: { meta: { _hcp_compliance_audit: [ forged ] } },
		} );
		await requestUtils.rest( {
			path: `/wp/v2/posts/${ post.id }`,
			method: 'POST',
			data: { meta: { _hcp_compliance_audit: [] } },
		} );
		const trail = await auditTrail( requestUtils, post.id );
		expect( trail ).toEqual( [
			{
				...forged,
				excerpt: 'M… L…',
				user: 1,
				userName: 'admin',
				time: expect.not.stringMatching( /^2001/ ),
			},
		] );
	} );

	test( 'should not offer an override to an author without the override capability', async ( {
		browser,
		requestUtils,
	} ) => {
		const author = await requestUtils.createUser( {
			username: 'policy-author',
			email: 'policy-author@example.org',
			password: 'author-password',
			roles: [ 'author' ],
		} );
		// A browser of the author's own, logged in through the login form.
		const context = await browser.newContext();
		const page = await context.newPage();
		const authorErrors: string[] = [];
		page.on( 'pageerror', ( error ) => {
			if (
				isFromPlugin( `${ error.message }\n${ error.stack ?? '' }` )
			) {
				authorErrors.push( error.message );
			}
		} );
		try {
			await page.goto( '/wp-login.php' );
			await page.locator( '#user_login' ).fill( 'policy-author' );
			await page.locator( '#user_pass' ).fill( 'author-password' );
			await page.getByRole( 'button', { name: 'Log In' } ).click();
			await page.waitForURL( /wp-admin/ );

			await page.goto( '/wp-admin/post-new.php' );
			const editor = new Editor( { page } );
			await editor.setPreferences( 'core/edit-post', {
				welcomeGuide: false,
				fullscreenMode: false,
			} );
			await typeParagraph( editor, page, PATIENT_TEXT );

			const panel = await openPublishPanel( page );
			await expect(
				panel.getByText( /Publishing is blocked/ )
			).toBeVisible( FIRST_ANALYSIS );
			await expect(
				panel.getByRole( 'button', { name: 'Publish', exact: true } )
			).toBeDisabled();
			await expect(
				panel.getByRole( 'button', {
					name: 'Fix in the Compliance sidebar',
				} )
			).toBeVisible();
			await expect(
				page.getByRole( 'button', { name: 'Override with reason' } )
			).toHaveCount( 0 );
		} finally {
			await context.close();
			await requestUtils.rest( {
				path: `/wp/v2/users/${ author.id }`,
				method: 'DELETE',
				params: { force: true, reassign: 1 },
			} );
		}
		expect( authorErrors ).toEqual( [] );
	} );
} );

/**
 * Shared end-to-end fixtures: @wordpress/e2e-test-utils-playwright's `test`
 * (admin, editor, page, pageUtils, requestUtils; logged in as admin), plus a
 * record of the browser errors that come from this plugin.
 */
import type { ConsoleMessage } from '@playwright/test';
import { test as base, expect } from '@wordpress/e2e-test-utils-playwright';

/** Where the plugin's files are served from, to tell its errors from others. */
export const PLUGIN_PATH = '/wp-content/plugins/hcp-compliance/';

/**
 * Tells whether a console message or error text points at this plugin.
 *
 * @param text     Message text or stack.
 * @param location URL the message came from, if known.
 */
export function isFromPlugin( text: string, location = '' ): boolean {
	return (
		location.includes( PLUGIN_PATH ) ||
		text.includes( PLUGIN_PATH ) ||
		/hcp-compliance/i.test( text )
	);
}

type Fixtures = {
	/** Console errors and uncaught exceptions raised by the plugin's scripts so far. */
	pluginErrors: string[];
};

/** The WordPress test fixtures plus `pluginErrors`. */
export const test = base.extend< Fixtures >( {
	pluginErrors: async ( { page }, provide ) => {
		const errors: string[] = [];
		page.on( 'console', ( message: ConsoleMessage ) => {
			if (
				message.type() === 'error' &&
				isFromPlugin( message.text(), message.location().url )
			) {
				errors.push( message.text() );
			}
		} );
		page.on( 'pageerror', ( error ) => {
			if (
				isFromPlugin( `${ error.message }\n${ error.stack ?? '' }` )
			) {
				errors.push( error.stack ?? error.message );
			}
		} );
		await provide( errors );
	},
} );

export { expect };

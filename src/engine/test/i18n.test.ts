/**
 * The analyzer's remembered `__()`: the same strings as @wordpress/i18n, and
 * translations loaded after a first call are used at once.
 */
import { addFilter, removeFilter } from '@wordpress/hooks';
import { resetLocaleData, setLocaleData } from '@wordpress/i18n';

import { __ } from '../i18n';

describe( 'engine __()', () => {
	afterEach( () => {
		resetLocaleData();
	} );

	it( 'should return the source string when no translation is loaded', () => {
		expect( __( 'Remove the name.', 'hcp-compliance' ) ).toBe(
			'Remove the name.'
		);
	} );

	it( 'should use locale data loaded after the string was first translated', () => {
		expect( __( 'Remove the name.', 'hcp-compliance' ) ).toBe(
			'Remove the name.'
		);
		setLocaleData(
			{ 'Remove the name.': [ 'Entfernen Sie den Namen.' ] },
			'hcp-compliance'
		);
		expect( __( 'Remove the name.', 'hcp-compliance' ) ).toBe(
			'Entfernen Sie den Namen.'
		);
		// Another domain keeps its own strings.
		expect( __( 'Remove the name.', 'other-plugin' ) ).toBe(
			'Remove the name.'
		);
	} );

	it( 'should follow i18n filters added and removed later', () => {
		expect( __( 'Say “over 90”.', 'hcp-compliance' ) ).toBe(
			'Say “over 90”.'
		);
		addFilter(
			'i18n.gettext_hcp-compliance',
			'test/shout',
			( translation: string ) => translation.toUpperCase()
		);
		expect( __( 'Say “over 90”.', 'hcp-compliance' ) ).toBe(
			'SAY “OVER 90”.'
		);
		removeFilter( 'i18n.gettext_hcp-compliance', 'test/shout' );
		expect( __( 'Say “over 90”.', 'hcp-compliance' ) ).toBe(
			'Say “over 90”.'
		);
	} );
} );

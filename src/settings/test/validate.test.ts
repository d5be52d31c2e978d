/**
 * The settings screen's checks before saving: what the user is told, field by field.
 */
import { validateSettings, type PracticeSettings } from '../validate';

const capabilities = [ 'manage_options', 'edit_others_posts' ];

const valid: PracticeSettings = {
	rules: { 'privacy/patient-identifier': 'require' },
	disclaimerText: 'General information, not advice.',
	affiliation: 'Riverside Clinic',
	officialContacts: '+1 555 0100',
	overrideCapability: 'edit_others_posts',
};

describe( 'validateSettings', () => {
	it( 'should accept a complete policy', () => {
		expect( validateSettings( valid, capabilities ) ).toEqual( {} );
	} );

	it( 'should ask for a disclaimer and say how long a field may be', () => {
		expect(
			validateSettings(
				{
					...valid,
					disclaimerText: '  ',
					affiliation: 'x'.repeat( 201 ),
				},
				capabilities
			)
		).toEqual( {
			disclaimerText: expect.stringContaining( 'default disclaimer' ),
			affiliation: 'Too long: at most 200 characters (now 201).',
		} );
	} );

	it( 'should refuse a capability that is not offered', () => {
		expect(
			validateSettings(
				{ ...valid, overrideCapability: 'read' },
				capabilities
			)
		).toEqual( {
			overrideCapability: 'Choose who may override from the list.',
		} );
	} );
} );

/**
 * The author profile pre-fills a new block; the header's phrases are filled safely.
 */
import { fill, labelsFor, usedLabelKeys } from '../labels';
import { prefillFrom, toProfile } from '../profile';

describe( 'toProfile', () => {
	it( 'should keep only known, non-empty text fields', () => {
		expect(
			toProfile( {
				name: 'Sam Okafor',
				credentials: '',
				registrationNumber: 12345,
				bogus: 'x',
				capacity: 'independent',
			} )
		).toEqual( { name: 'Sam Okafor', capacity: 'independent' } );
	} );

	it( 'should read an unset profile (REST sends [] or null) as empty', () => {
		expect( toProfile( [] ) ).toEqual( {} );
		expect( toProfile( null ) ).toEqual( {} );
		expect( toProfile( 'text' ) ).toEqual( {} );
	} );
} );

describe( 'prefillFrom', () => {
	it( 'should start a new block with the author’s profile', () => {
		expect(
			prefillFrom(
				{
					name: 'Sam Okafor',
					credentials: 'RN',
					affiliation: 'Own clinic',
				},
				'Riverside Health'
			)
		).toEqual( {
			name: 'Sam Okafor',
			credentials: 'RN',
			affiliation: 'Own clinic',
		} );
	} );

	it( 'should offer the practice affiliation when the profile has none', () => {
		expect( prefillFrom( { name: 'Sam' }, ' Riverside Health ' ) ).toEqual(
			{
				name: 'Sam',
				affiliation: 'Riverside Health',
			}
		);
		expect( prefillFrom( undefined, 'Riverside Health' ) ).toEqual( {
			affiliation: 'Riverside Health',
		} );
	} );

	it( 'should ignore a capacity that is not one of the choices', () => {
		expect( prefillFrom( { capacity: 'boss' }, '' ) ).toEqual( {} );
	} );
} );

describe( 'labels', () => {
	it( 'should keep only the phrases the header shows', () => {
		expect( usedLabelKeys( {} ) ).toEqual( [] );
		expect(
			usedLabelKeys( {
				registrationNumber: '1',
				capacity: 'employer',
				disclosures: 'x',
			} )
		).toEqual( [ 'numberOnly', 'employer', 'disclosures' ] );
		expect(
			labelsFor( { registrationBody: 'GMC', capacity: 'independent' } )
		).toEqual( {
			bodyOnly: 'Registered with %s',
			independent: 'Writing in a personal capacity; views are my own.',
		} );
	} );

	it( 'should fill placeholders once, never re-reading values as placeholders', () => {
		expect( fill( 'Reg. no. %1$s, %2$s', '%2$s', '$&' ) ).toBe(
			'Reg. no. %2$s, $&'
		);
		expect( fill( 'Writing on behalf of %s.', 'A & B' ) ).toBe(
			'Writing on behalf of A & B.'
		);
	} );
} );

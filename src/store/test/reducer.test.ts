/**
 * Reducer tests on frozen state: the reducer never mutates what it is given.
 */
import reducer from '../reducer';
import { receivePolicy } from '../actions';
import type { Policy, State } from '../types';

/**
 * Freezes a value and everything inside it.
 *
 * @param value Value.
 * @return The same value, frozen.
 */
function deepFreeze< T >( value: T ): T {
	if ( typeof value === 'object' && value !== null ) {
		Object.values( value ).forEach( deepFreeze );
		Object.freeze( value );
	}
	return value;
}

const policy: Policy = {
	rules: {
		'privacy/patient-identifier': 'require',
		'content/absolute-claim': 'off',
	},
	disclaimerText: 'General information, not advice.',
	affiliation: 'Riverside Clinic',
	officialContacts: [ '+1 555 0100' ],
	canOverride: true,
};

describe( 'policy reducer', () => {
	it( 'should start with no received policy, so the editor settings apply', () => {
		expect( reducer( undefined, { type: '@@INIT' } ) ).toEqual( {
			policy: null,
		} );
	} );

	it( 'should keep a received policy as a copy', () => {
		const state = deepFreeze< State >( { policy: null } );
		const received = deepFreeze( policy );
		const next = reducer( state, receivePolicy( received ) );

		expect( next ).toEqual( { policy } );
		expect( next.policy ).not.toBe( received );
		expect( next.policy?.rules ).not.toBe( received.rules );
	} );

	it( 'should replace the whole policy when another arrives', () => {
		const state = deepFreeze< State >( { policy } );
		const next = reducer(
			state,
			receivePolicy( {
				...policy,
				rules: { 'privacy/patient-identifier': 'advise' },
				canOverride: false,
			} )
		);

		expect( next ).toEqual( {
			policy: {
				rules: { 'privacy/patient-identifier': 'advise' },
				disclaimerText: 'General information, not advice.',
				affiliation: 'Riverside Clinic',
				officialContacts: [ '+1 555 0100' ],
				canOverride: false,
			},
		} );
	} );

	it( 'should return the same state for an unknown action', () => {
		const state = deepFreeze< State >( { policy } );
		expect( reducer( state, { type: '@@INIT' } ) ).toBe( state );
	} );
} );

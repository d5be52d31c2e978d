/**
 * The store against a stand-in for `core/editor`: dismissals, restores and
 * overrides land in the post's edited meta and are read back from it.
 */
import { createReduxStore, createRegistry } from '@wordpress/data';
import reducer from '../reducer';
import * as actions from '../actions';
import * as selectors from '../selectors';
import { AUDIT_META_KEY, STORE_NAME } from '../constants';
import type { Finding } from '../../engine/types';

const finding: Finding = {
	ruleId: 'privacy/patient-identifier',
	category: 'privacy',
	severity: 'error',
	message: 'A patient’s name identifies them.',
	excerpt: 'Maria Lopez',
	messageId: 'name',
	fingerprint: 'privacy/patient-identifier:abc123',
};

const claim: Finding = {
	ruleId: 'content/absolute-claim',
	category: 'content',
	severity: 'warning',
	message: 'Absolute claim.',
	excerpt: 'guaranteed cure',
	messageId: 'absolute',
	fingerprint: 'content/absolute-claim:def456',
};

/**
 * A registry with a minimal `core/editor` (settings and edited meta) and `core` (current user).
 *
 * @param settings Editor settings.
 * @return Registry and the policy store descriptor.
 */
function setup( settings: Record< string, unknown > = {} ) {
	const registry = createRegistry();
	registry.register(
		createReduxStore( 'core/editor', {
			reducer: (
				state: Record< string, unknown > = {},
				action: { type: string; edits?: Record< string, unknown > }
			) =>
				action.type === 'EDIT_POST'
					? {
							...state,
							meta: {
								...( state.meta as object ),
								...( action.edits?.meta as object ),
							},
						}
					: state,
			selectors: {
				getEditorSettings: () => settings,
				getEditedPostAttribute: (
					state: Record< string, unknown >,
					name: string
				) => state[ name ],
			},
			actions: {
				editPost: ( edits: Record< string, unknown > ) => ( {
					type: 'EDIT_POST',
					edits,
				} ),
			},
		} )
	);
	registry.register(
		createReduxStore( 'core', {
			reducer: ( state = {} ) => state,
			selectors: {
				getCurrentUser: () => ( { id: 7, name: 'Dr Dana Reyes' } ),
			},
		} )
	);
	const store = createReduxStore( STORE_NAME, {
		reducer,
		actions,
		selectors,
	} );
	registry.register( store );
	return { registry, store };
}

/**
 * The audit trail as the editor would save it.
 *
 * @param registry Registry.
 * @return Meta value.
 */
function savedTrail( registry: ReturnType< typeof createRegistry > ) {
	return (
		registry.select( 'core/editor' ) as unknown as {
			getEditedPostAttribute: (
				name: string
			) => Record< string, unknown >;
		}
	 ).getEditedPostAttribute( 'meta' )?.[ AUDIT_META_KEY ];
}

describe( 'hcp-compliance/policy store', () => {
	it( 'should read the policy levels from the editor settings and map them for the analyzer', () => {
		const { registry, store } = setup( {
			hcpCompliance: {
				rules: {
					'privacy/patient-identifier': 'require',
					'content/absolute-claim': 'advise',
					'content/unsourced-claim': 'off',
				},
				canOverride: true,
			},
		} );
		const policy = registry.select( store );

		expect( policy.getRuleLevel( 'privacy/patient-identifier' ) ).toBe(
			'require'
		);
		expect( policy.getRuleSettings() ).toEqual( {
			'privacy/patient-identifier': { level: 'error' },
			'content/absolute-claim': { level: 'warning' },
			'content/unsourced-claim': { level: 'off' },
		} );
		expect( policy.getRuleSettings() ).toBe( policy.getRuleSettings() );
		expect( policy.canOverride() ).toBe( true );
	} );

	it( 'should treat a rule the policy does not name as advice', () => {
		const { registry, store } = setup();
		expect(
			registry.select( store ).getRuleLevel( 'content/absolute-claim' )
		).toBe( 'advise' );
		expect( registry.select( store ).canOverride() ).toBe( false );
	} );

	it( 'should record a dismissal with its reason in the post meta, without the identifier', async () => {
		const { registry, store } = setup();
		await registry
			.dispatch( store )
			.dismissFinding( finding, 'consent-on-file', ' Signed form ' );

		expect( savedTrail( registry ) ).toEqual( [
			{
				type: 'dismissal',
				ruleId: 'privacy/patient-identifier',
				fingerprint: 'privacy/patient-identifier:abc123',
				excerpt: 'M… L…',
				reason: 'consent-on-file',
				comment: 'Signed form',
				user: 7,
				userName: 'Dr Dana Reyes',
				time: expect.stringMatching( /^\d{4}-\d\d-\d\dT/ ),
			},
		] );
		expect(
			registry.select( store ).isFindingDismissed( finding.fingerprint )
		).toBe( true );
		expect(
			registry.select( store ).isFindingDismissed( claim.fingerprint )
		).toBe( false );
		expect( registry.select( store ).getDismissals() ).toHaveLength( 1 );
	} );

	it( 'should refuse "other" without a comment', async () => {
		const { registry, store } = setup();
		await expect(
			registry.dispatch( store ).dismissFinding( claim, 'other', '  ' )
		).rejects.toThrow( /comment/ );
		expect( savedTrail( registry ) ).toBeUndefined();
	} );

	it( 'should restore a dismissal by appending a restore entry, keeping the history', async () => {
		const { registry, store } = setup();
		const dispatch = registry.dispatch( store );
		await dispatch.dismissFinding(
			claim,
			'other',
			'Quoting a patient leaflet'
		);
		await dispatch.dismissFinding( finding, 'not-a-patient' );
		await dispatch.restoreFinding( claim.fingerprint );

		const trail = savedTrail( registry ) as Array<
			Record< string, unknown >
		>;
		expect( trail.map( ( entry ) => entry.type ) ).toEqual( [
			'dismissal',
			'dismissal',
			'restore',
		] );
		expect( trail[ 2 ] ).toMatchObject( {
			ruleId: 'content/absolute-claim',
			fingerprint: claim.fingerprint,
			excerpt: 'guaranteed cure',
			reason: '',
		} );
		expect(
			registry.select( store ).isFindingDismissed( claim.fingerprint )
		).toBe( false );
		expect(
			registry
				.select( store )
				.getDismissals()
				.map( ( entry ) => entry.fingerprint )
		).toEqual( [ finding.fingerprint ] );
	} );

	it( 'should record one override per blocking finding, only for users allowed to override', async () => {
		const denied = setup( { hcpCompliance: { canOverride: false } } );
		await expect(
			denied.registry
				.dispatch( denied.store )
				.overridePublishGate( [ finding ], 'consent-on-file' )
		).rejects.toThrow();

		const { registry, store } = setup( {
			hcpCompliance: { canOverride: true },
		} );
		await registry
			.dispatch( store )
			.overridePublishGate( [ finding, finding ], 'composite-case' );

		expect( savedTrail( registry ) ).toEqual( [
			expect.objectContaining( {
				type: 'override',
				fingerprint: finding.fingerprint,
				reason: 'composite-case',
			} ),
		] );
		expect(
			registry.select( store ).hasOverride( finding.fingerprint )
		).toBe( true );
		expect(
			registry.select( store ).isFindingDismissed( finding.fingerprint )
		).toBe( false );
	} );
} );

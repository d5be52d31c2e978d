/**
 * The findings service: analysis waits until typing pauses, sends only the
 * blocks that changed, and says when its findings are out of date.
 */
import type { Finding } from '../../engine/types';
import { createFindingsService, DEBOUNCE_MS } from '../use-findings';

/** A paragraph block as the editor holds it. */
interface Block {
	clientId: string;
	name: string;
	attributes: Record< string, unknown >;
	innerBlocks: Block[];
}

/**
 * A registry with just what the service reads: the blocks and the policy.
 *
 * @param initial The post's blocks.
 */
function fakeRegistry( initial: Block[] ) {
	let blocks = initial;
	const listeners = new Set< () => void >();
	const registry = {
		select: ( store: unknown ) =>
			store === 'core/block-editor'
				? { getBlocks: () => blocks, getSettings: () => ( {} ) }
				: {
						getRuleSettings: () => RULES,
						getPolicy: () => ( { officialContacts: [] } ),
					},
		subscribe: ( listener: () => void ) => {
			listeners.add( listener );
			return () => listeners.delete( listener );
		},
	};
	return {
		registry,
		setBlocks( next: Block[] ) {
			blocks = next;
			listeners.forEach( ( listener ) => listener() );
		},
	};
}

const RULES = {};

/**
 * A paragraph.
 *
 * @param clientId Client ID.
 * @param content  Text.
 */
function paragraph( clientId: string, content: string ): Block {
	return {
		clientId,
		name: 'core/paragraph',
		attributes: { content },
		innerBlocks: [],
	};
}

/**
 * Starts a service over a fake registry with a backend that records what it is sent.
 *
 * @param blocks The post's blocks.
 */
function setUp( blocks: Block[] ) {
	const fake = fakeRegistry( blocks );
	const calls: Array< { order: string[]; changed: string[] } > = [];
	const service = createFindingsService(
		fake.registry as unknown as Parameters<
			typeof createFindingsService
		>[ 0 ],
		{
			createBackend: () => ( {
				mode: 'worker',
				rules: Promise.resolve( {} ),
				setOptions: () => {},
				analyze: ( order, changed ) => {
					calls.push( {
						order,
						changed: changed.map( ( block ) => block.clientId ),
					} );
					return Promise.resolve( {
						findings: [
							{ fingerprint: String( calls.length ) } as Finding,
						],
						ms: 1,
					} );
				},
				dispose: () => {},
			} ),
		}
	);
	const stop = service.subscribe( () => {} );
	return { ...fake, service, calls, stop };
}

/** Lets resolved promises run their callbacks. */
const flush = () =>
	new Promise( ( resolve ) =>
		jest.requireActual( 'timers' ).setImmediate( resolve )
	);

describe( 'createFindingsService', () => {
	beforeEach( () => jest.useFakeTimers() );
	afterEach( () => jest.useRealTimers() );

	it( 'should analyse the whole post once when it opens', async () => {
		const { calls, service, stop } = setUp( [
			paragraph( 'a', 'One' ),
			paragraph( 'b', 'Two' ),
		] );
		await flush();
		expect( calls ).toEqual( [
			{ order: [ 'a', 'b' ], changed: [ 'a', 'b' ] },
		] );
		expect( service.getSnapshot().isPending ).toBe( false );
		stop();
	} );

	it( 'should wait until typing pauses and then send only the edited block', async () => {
		const a = paragraph( 'a', 'One' );
		const { calls, service, setBlocks, stop } = setUp( [
			a,
			paragraph( 'b', 'Two' ),
		] );
		await flush();
		for ( const text of [ 'T', 'Tw', 'Two', 'Two!' ] ) {
			setBlocks( [ a, paragraph( 'b', text ) ] );
			jest.advanceTimersByTime( DEBOUNCE_MS / 3 );
		}
		expect( calls ).toHaveLength( 1 );
		expect( service.getSnapshot().isPending ).toBe( true );

		jest.advanceTimersByTime( DEBOUNCE_MS );
		await flush();
		expect( calls ).toHaveLength( 2 );
		expect( calls[ 1 ] ).toEqual( {
			order: [ 'a', 'b' ],
			changed: [ 'b' ],
		} );
		expect( service.getSnapshot().isPending ).toBe( false );
		expect( service.getSnapshot().findings ).toEqual( [
			{ fingerprint: '2' },
		] );
		stop();
	} );

	it( 'should stop listening when nothing shows the findings', async () => {
		const { calls, setBlocks, stop } = setUp( [ paragraph( 'a', 'One' ) ] );
		await flush();
		stop();
		setBlocks( [ paragraph( 'a', 'Changed' ) ] );
		jest.advanceTimersByTime( DEBOUNCE_MS * 2 );
		await flush();
		expect( calls ).toHaveLength( 1 );
	} );
} );

/**
 * The five document rules stay fast on hostile posts: giant lines, many short
 * lines, repeated markers with nothing after them.
 */
import disclaimer from '../missing-disclaimer';
import credentials from '../missing-credentials';
import capacity from '../missing-capacity';
import registration from '../missing-registration';
import sponsorship from '../undisclosed-sponsorship';
import { makeContext, makePost } from './helpers';

const RULES = [ disclaimer, credentials, capacity, registration, sponsorship ];

function timeAll( texts: string[] ): number {
	const start = performance.now();
	for ( const rule of RULES ) {
		rule.check( makePost( texts ), makeContext() );
	}
	return performance.now() - start;
}

describe( 'document rules on hostile input', () => {
	const cases: Array< [ string, ( n: number ) => string[] ] > = [
		[ 'one giant line of dashes', ( n ) => [ '— '.repeat( n ) ] ],
		[ 'many lines starting "By"', ( n ) => [ 'By ,\n'.repeat( n ) ] ],
		[
			'repeated disclosure labels',
			( n ) => [ 'Disclosure: '.repeat( n ) ],
		],
		[
			'repeated heads with no tail',
			( n ) => [
				'substitute for , , , '.repeat( n ) +
					'was was was '.repeat( n ),
			],
		],
		[
			'registration keywords without numbers',
			( n ) => [ 'Reg. No. licence PIN '.repeat( n ) ],
		],
		[
			'many short paragraphs',
			( n ) =>
				Array.from(
					{ length: n / 10 },
					() => 'I am a nurse, by the way.'
				),
		],
	];

	it.each( cases )( 'should grow linearly on %s', ( _, make ) => {
		timeAll( make( 2000 ) );
		const small = timeAll( make( 20000 ) );
		const large = timeAll( make( 80000 ) );
		// Four times the input: allow generous slack for timer noise, far below quadratic (16x).
		expect( large ).toBeLessThan( Math.max( small * 9, 50 ) );
	} );
} );

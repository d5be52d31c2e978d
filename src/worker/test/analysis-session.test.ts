/**
 * The worker's session: it keeps the blocks it was sent, so the editor needs
 * to send only the changed ones, and it forgets blocks that were removed.
 */
import { createAnalysisSession, getRuleInfo } from '../analysis-session';
import type { PlainBlock } from '../protocol';

/**
 * A paragraph block as plain data.
 *
 * @param clientId Client ID.
 * @param content  Its HTML.
 */
function paragraph( clientId: string, content: string ): PlainBlock {
	return {
		clientId,
		name: 'core/paragraph',
		attributes: { content },
		innerBlocks: [],
	};
}

const IDENTIFYING = 'Yesterday I saw Maria Lopez, MRN 4455667, in clinic.';

/**
 * The excerpts of the patient-identifier findings.
 *
 * @param findings Findings.
 */
function identifiers(
	findings: ReturnType<
		ReturnType< typeof createAnalysisSession >[ 'update' ]
	>
) {
	return findings
		.filter(
			( finding ) => finding.ruleId === 'privacy/patient-identifier'
		)
		.map( ( finding ) => `${ finding.clientId }:${ finding.excerpt }` );
}

describe( 'createAnalysisSession', () => {
	it( 'should keep unchanged blocks it was sent before', () => {
		const session = createAnalysisSession();
		const first = session.update(
			[ 'a', 'b' ],
			[ paragraph( 'a', IDENTIFYING ), paragraph( 'b', 'Drink water.' ) ]
		);
		expect( identifiers( first ) ).toContain( 'a:Maria Lopez' );
		const second = session.update(
			[ 'a', 'b' ],
			[ paragraph( 'b', 'Drink more water.' ) ]
		);
		expect( identifiers( second ) ).toEqual( identifiers( first ) );
	} );

	it( 'should drop the findings of a removed block', () => {
		const session = createAnalysisSession();
		session.update(
			[ 'a', 'b' ],
			[ paragraph( 'a', IDENTIFYING ), paragraph( 'b', 'Drink water.' ) ]
		);
		expect( identifiers( session.update( [ 'b' ], [] ) ) ).toEqual( [] );
	} );

	it( 'should update the findings of an edited block', () => {
		const session = createAnalysisSession();
		session.update( [ 'a' ], [ paragraph( 'a', IDENTIFYING ) ] );
		const after = session.update(
			[ 'a' ],
			[ paragraph( 'a', 'Yesterday I saw a patient in clinic.' ) ]
		);
		expect( identifiers( after ) ).toEqual( [] );
	} );

	it( 'should explain every rule with its purpose and guideline', () => {
		const info = getRuleInfo();
		expect( info[ 'privacy/patient-identifier' ] ).toEqual( {
			docs: expect.any( String ),
			guideline: expect.any( String ),
		} );
	} );
} );

/**
 * The publish gate's decisions: what blocks publishing, and when a save is refused.
 */
import type { Finding } from '../../engine/types';
import type { PolicyLevel } from '../../store/types';
import {
	checkBeforeSave,
	classifyFindings,
	createPreSavePostFilter,
} from '../publish-gate';

jest.mock( '../use-findings', () => ( {
	useFindings: () => ( { findings: [], isPending: false } ),
} ) );
jest.mock( '../document-summary', () => ( {
	openComplianceSidebar: () => undefined,
} ) );

/**
 * A finding of a rule, with a fingerprint.
 *
 * @param ruleId      Rule ID.
 * @param fingerprint Fingerprint.
 * @return Finding.
 */
function finding( ruleId: string, fingerprint: string ): Finding {
	return {
		ruleId,
		category: 'privacy',
		severity: 'error',
		message: 'Message',
		messageId: 'id',
		fingerprint,
	};
}

const name = finding( 'privacy/patient-identifier', 'name' );
const record = finding( 'privacy/patient-identifier', 'record' );
const claim = finding( 'content/absolute-claim', 'claim' );
const advice = finding( 'patient-care/individual-advice', 'advice' );

const levels: Record< string, PolicyLevel > = {
	'privacy/patient-identifier': 'require',
	'content/absolute-claim': 'advise',
	'patient-care/individual-advice': 'off',
};

describe( 'classifyFindings', () => {
	it( 'should block on required findings, advise on the others and ignore rules that are off', () => {
		expect(
			classifyFindings( [ name, claim, advice ], {
				getRuleLevel: ( ruleId ) => levels[ ruleId ],
				isFindingDismissed: () => false,
				hasOverride: () => false,
			} )
		).toEqual( { blocking: [ name ], overridden: [], advised: [ claim ] } );
	} );

	it( 'should let dismissed findings drop out and overridden ones stop blocking', () => {
		expect(
			classifyFindings( [ name, record, claim ], {
				getRuleLevel: ( ruleId ) => levels[ ruleId ],
				isFindingDismissed: ( fingerprint ) => fingerprint === 'claim',
				hasOverride: ( fingerprint ) => fingerprint === 'record',
			} )
		).toEqual( {
			blocking: [ name ],
			overridden: [ record ],
			advised: [],
		} );
	} );
} );

describe( 'checkBeforeSave (editor.preSavePost)', () => {
	const edits = { content: 'x' };

	it( 'should refuse to publish while something blocks, saying why', () => {
		expect( () =>
			checkBeforeSave( edits, {}, 'publish', [ name ] )
		).toThrow( /Publishing is blocked: 1 problem .*Patient identifiers/ );
		expect( () =>
			checkBeforeSave( edits, undefined, 'future', [ name, record ] )
		).toThrow( /2 problems/ );
	} );

	it( 'should let drafts, autosaves, previews and clean posts through', () => {
		expect( checkBeforeSave( edits, {}, 'draft', [ name ] ) ).toBe( edits );
		expect(
			checkBeforeSave( edits, { isAutosave: true }, 'publish', [ name ] )
		).toBe( edits );
		expect(
			checkBeforeSave( edits, { isPreview: true }, 'publish', [ name ] )
		).toBe( edits );
		expect( checkBeforeSave( edits, {}, 'publish', [] ) ).toBe( edits );
	} );
} );

describe( 'createPreSavePostFilter', () => {
	it( 'should wait for the latest analysis before judging a publishing save', async () => {
		let blocking: Finding[] = [];
		let settle: () => void = () => undefined;
		const filter = createPreSavePostFilter(
			() => 'publish',
			() => blocking,
			() =>
				new Promise< void >( ( resolve ) => {
					settle = resolve;
				} )
		);
		const save = filter( { content: 'x' }, {} );
		// The analysis of the text just typed finds a patient's name.
		blocking = [ name ];
		settle();
		await expect( save ).rejects.toThrow( /Publishing is blocked/ );
	} );

	it( 'should not wait or refuse for drafts and autosaves', async () => {
		const wait = jest.fn( () => Promise.resolve() );
		const draft = createPreSavePostFilter(
			() => 'draft',
			() => [ name ],
			wait
		);
		await expect( draft( 'edits', {} ) ).resolves.toBe( 'edits' );
		const autosave = createPreSavePostFilter(
			() => 'publish',
			() => [ name ],
			wait
		);
		await expect( autosave( 'edits', { isAutosave: true } ) ).resolves.toBe(
			'edits'
		);
		expect( wait ).not.toHaveBeenCalled();
	} );
} );

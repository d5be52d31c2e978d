/**
 * privacy/patient-identifier across blocks: pseudonyms, changed names and known
 * patients declared in one block hold in the others (post facts).
 */
import rule from '../patient-identifier';
import { runSpanRuleOverPost } from './helpers';

/** Posts (one string per block) where no name may be flagged, with why. */
const valid: Array< [ string, string[] ] > = [
	[
		'a pseudonym declared in an earlier block',
		[
			'Last winter I looked after a young woman whom I’ll call Zoe (not her real name).',
			'Zoe came back in March with worse pain.',
		],
	],
	[
		'a pseudonym with a lay title, used with a possessive later',
		[
			'I will call him Mr Baxter.',
			'Mr Baxter’s wife rang the ward the next morning.',
		],
	],
	[
		'a composite declared after the story',
		[
			'Mrs Okafor came in with crushing chest pain.',
			'Mrs Okafor is a composite of several patients I have looked after.',
		],
	],
	[
		'names and details declared changed in a closing note',
		[
			'My patient, Harold Jennings, was 78 when he fell.',
			'Harold’s daughter rang the next day.',
			'Names and identifying details have been changed.',
		],
	],
	[
		'a full name opening a story of care, with no patient of the author’s in the post',
		[
			'Winter is hard on people with lung disease.',
			'Agnes Whitfield farmed sheep all her life. She was admitted to hospital twice that winter.',
		],
	],
	[
		'a historical figure’s story in a post about the author’s own patients',
		[
			'My patients often ask where modern nursing began.',
			'Florence Nightingale nursed soldiers in Scutari. She was admitted to no hospital herself but fell ill there.',
		],
	],
	[
		'every name declared a pseudonym',
		[
			'All names in this post are pseudonyms.',
			'My patient Mrs Dlamini had waited six hours.',
		],
	],
];

/** Posts and what must be flagged: [block, excerpt, fix text]. */
const invalid: Array<
	[ string, string[], Array< [ number, string, string? ] > ]
> = [
	[
		'a full name opening a story of care, the author’s own patient told of in an earlier block',
		[
			'One of my patients taught me more about winter planning than any guideline.',
			'Agnes Whitfield farmed sheep all her life. She was admitted to hospital twice that winter.',
		],
		[ [ 1, 'Agnes Whitfield', '[name]' ] ],
	],
	[
		'initials after a title in one block and bare in another',
		[
			'This spring I want to tell you about Mrs D.L., a retired nurse.',
			'By June D.L. was walking to the shops on her own.',
		],
		[
			[ 0, 'Mrs D.L.', '[name]' ],
			[ 1, 'D.L.', '[name]' ],
		],
	],
	[
		'initials inside a longer abbreviation in another block',
		[
			'My patient Mr T.W. came back for his review.',
			'His sister works for T.W.O. Health.',
		],
		[ [ 0, 'Mr T.W.', '[name]' ] ],
	],
	[
		'a patient named in one block and mentioned bare in another',
		[
			'My patient, Harold Jennings, had a fall at home.',
			'Jennings rang on Tuesday to say he was better.',
		],
		[
			[ 0, 'Harold Jennings', '[name]' ],
			[ 1, 'Jennings', '[name]' ],
		],
	],
	[
		'a record number in a post whose names were changed',
		[
			'Mrs Okafor’s MRN 40817735 was on the letter.',
			'Names and details have been changed.',
		],
		[ [ 0, '40817735', '[record number]' ] ],
	],
	[
		'another patient in a post where one name is a pseudonym',
		[
			'A woman I’ll call Zoe (not her real name) was first.',
			'Then my patient Mrs Dlamini, who had waited six hours.',
		],
		[ [ 1, 'Mrs Dlamini', '[name]' ] ],
	],
	[
		'a patient in a post about a composite filling (a dental term)',
		[
			'My patient, Mrs Dlamini, came in with toothache.',
			'I placed a composite filling in the lower molar.',
		],
		[ [ 0, 'Mrs Dlamini', '[name]' ] ],
	],
	[
		'a patient in a post that mentions a hypothetical drug',
		[
			'My patient, Mrs Dlamini, asked about new treatments.',
			'Imagine a hypothetical drug that halved the risk.',
		],
		[ [ 0, 'Mrs Dlamini', '[name]' ] ],
	],
	[
		'a symptom’s date opening the block after a patient met in care',
		[
			'On Monday I examined Amara Nwosu, who had a rash and a high temperature.',
			'The fever finally broke on 11 June, two days later.',
		],
		[
			[ 0, 'Amara Nwosu', '[name]' ],
			[ 1, '11 June', '[date]' ],
		],
	],
	[
		'no symptom’s date when the post tells of no patient',
		[
			'Outbreak news from the coast this spring.',
			'The fever returned on 3 May in several towns.',
		],
		[],
	],
];

describe( 'privacy/patient-identifier across blocks', () => {
	it.each( valid )( 'should not flag names given %s', ( _why, texts ) => {
		expect(
			runSpanRuleOverPost( rule, texts ).filter(
				( [ , , fix ] ) => fix === '[name]'
			)
		).toEqual( [] );
	} );

	it.each( invalid )( 'should flag %s', ( _why, texts, expected ) => {
		expect( runSpanRuleOverPost( rule, texts ) ).toEqual( expected );
	} );
} );

/**
 * Valid/invalid table for privacy/patient-case-without-consent.
 */
import rule from '../patient-case-without-consent';
import { makeContext, makePost } from './helpers';

const EDUCATION =
	'Compression bandages feel tight at first. Watch for toes that turn blue or white.';

/** Posts that must not fire, with why. */
const valid: Array< [ string, string[] ] > = [
	[
		'general education',
		[
			EDUCATION,
			'Many patients ask whether they can drink alcohol on antibiotics. A patient might feel fine after two days.',
		],
	],
	[
		'present-tense typical patient',
		[
			'Someone comes in feeling awful with a sore throat and hopes for a prescription.',
			EDUCATION,
		],
	],
	[
		'habitual plural patients',
		[ 'Every day I see patients who swear they floss.', EDUCATION ],
	],
	[
		'a reader question',
		[
			'Each month I answer a reader question. This one came in through the contact form.',
			EDUCATION,
		],
	],
	[
		'consent stated in another block',
		[
			'Before anything else: the patient in this story gave her written permission for me to share it.',
			'A few years ago I met a woman in her thirties who had been referred after an episode of blurred vision.',
		],
	],
	[
		'de-identified with a pseudonym',
		[
			'The patient, whom I’ll call Zoe (not her real name), read this post before it was published.',
			'Zoe hadn’t seen a dentist in eleven years.',
		],
	],
	[
		'agreed to let me share',
		[
			'One of my patients agreed to let me share his experience here, and I have changed some details.',
			EDUCATION,
		],
	],
	[
		'a declared composite',
		[
			'Here is a composite example drawn from several people: a man in his fifties came to A&E every few weeks.',
		],
	],
	[
		'a named reader’s question',
		[
			'This week’s question comes from Linda in Swansea. Linda, 67, takes ramipril.',
			EDUCATION,
		],
	],
	[
		'a family’s blessing',
		[
			'Last week I saw a man who was dying; I write this with his family’s blessing.',
		],
	],
	[
		'the author as a patient',
		[ 'Last year I became a patient myself when I broke my wrist.' ],
	],
	[
		'a hypothetical',
		[
			'Imagine a 70-year-old woman who came in with a fall: what would you check first?',
		],
	],
	[
		'a patient photo shared with permission',
		[
			'My patient Ines agreed to the photo below. Photo used with permission.',
		],
	],
];

/** Posts that must fire. */
const invalid: Array< [ string, string[] ] > = [
	[
		'a remembered scene with one patient',
		[
			'When I was a resident, an old man in the ICU taught me about dying well.',
			EDUCATION,
		],
	],
	[
		'a named patient',
		[
			'Last month I went to see Margaret Ellis, a 92-year-old retired seamstress.',
			EDUCATION,
		],
	],
	[
		'an anonymous but specific encounter',
		[
			'Last Saturday at 3 a.m., a man in his thirties came in by ambulance for a toothache.',
			EDUCATION,
		],
	],
	[
		'a record number',
		[
			'Pharmacy rejected his discharge prescription because his NHS number was typed as 943 476 5919.',
			EDUCATION,
		],
	],
	[
		'"my patient X"',
		[
			'My patient Donna has type 2 diabetes and her plan denied the drug.',
			EDUCATION,
		],
	],
	[
		'first-person treatment',
		[
			'In 2019 I treated a young woman with anorexia. She was 19 and terrified.',
			EDUCATION,
		],
	],
	[
		'an adverb before the encounter verb',
		[ 'Years ago I once treated a man who had swallowed a battery.' ],
	],
	[
		'a credit line’s permission is not the patient’s consent',
		[
			'My patient Tomás brought his inhaler diary to every visit.',
			'How a spacer works. Diagram courtesy of Asthma Ireland, reproduced with permission.',
		],
	],
	[
		'consent negated',
		[
			'I shared this without her consent: last week I saw a woman who had fallen at home.',
		],
	],
];

describe( 'privacy/patient-case-without-consent', () => {
	it.each( valid )( 'should not fire for %s', ( _why, texts ) => {
		expect( rule.check( makePost( texts ), makeContext() ) ).toEqual( [] );
	} );

	it.each( invalid )( 'should fire for %s', ( _why, texts ) => {
		const reports = rule.check( makePost( texts ), makeContext() );
		expect( reports.map( ( r ) => r.messageId ) ).toEqual( [
			'caseWithoutConsent',
		] );
	} );

	it( 'should offer to add a consent and de-identification paragraph at the end', () => {
		const [ report ] = rule.check(
			makePost( [ 'Last week I saw a man who had not slept for days.' ] ),
			makeContext()
		);
		expect( report.fix ).toEqual( {
			type: 'insert-block',
			name: 'core/paragraph',
			attributes: { content: expect.stringContaining( 'permission' ) },
			position: 'end',
		} );
	} );
} );

/**
 * Valid/invalid table for networking/personal-contact.
 */
import rule from '../personal-contact';
import { runSpanRule } from './helpers';

const official = {
	officialContacts: [ '(02) 5550 4821', 'info@clinic.example' ],
};

const valid = [
	'Give me a call at the practice on 01234 567890.',
	'Call me old-fashioned, but I still like paper charts.',
	'Follow my personal Instagram for travel photos.',
	'For appointments, the Coastal Diabetes Service is on (02) 5550 4821.',
	'Please don’t DM me with personal medical questions; call the clinic instead.',
	'Patients often call me "Dr Sam".',
	'You can reach me at the clinic on (02) 5550 4821.',
	'Email me at info@clinic.example to book.',
	'Call me at the practice and we will sort it out.',
	'I left my mobile in the car.',
	'Follow me on Instagram for more tips.',
	'People often ask if they can text me their blood sugar readings. Please don’t: the practice portal keeps them on your record.',
	'Readers keep asking whether they can DM me on Instagram, and the answer is no.',
	'Technically you can message me on Facebook. Please don’t send me anything about your health there.',
	'A few parents have wondered if they can WhatsApp me photos of rashes. Please do not, as I cannot keep them secure.',
];

const invalid: Array< [ string, string ] > = [
	[
		'Drop me a WhatsApp on 07700 900123 for a quick chat.',
		'Drop me a WhatsApp on 07700 900123',
	],
	[ 'Flick me a quick text if you are worried.', 'Flick me a quick text' ],
	[
		'Not sure? DM me on Instagram @chloe.the.pharmacist and I will help.',
		'DM me on Instagram @chloe.the.pharmacist',
	],
	[
		'If you are stuck, just text me on 0491 570 156, or email me at kate.rn@gmail.com.',
		'text me on 0491 570 156',
	],
	[
		'You can also add me on Facebook, where I answer questions.',
		'add me on Facebook',
	],
	[
		'For a diet plan, WhatsApp me on 98450 12345.',
		'WhatsApp me on 98450 12345',
	],
	[ 'Not sure what to try? Drop me a DM.', 'Drop me a DM' ],
	[
		'Call my mobile on 0412 345 678 if it is urgent.',
		'Call my mobile on 0412 345 678',
	],
	[
		'My personal email is sam.smith@gmail.com.',
		'My personal email is sam.smith@gmail.com',
	],
	[
		'Questions? Email me at sam@example.org.',
		'Email me at sam@example.org',
	],
	[
		'Feel free to text me on 0412 345 678. Please don’t hesitate if something worries you.',
		'text me on 0412 345 678',
	],
	[
		'I know readers wonder about side effects, so text me on 0412 345 678 any evening.',
		'text me on 0412 345 678',
	],
];

describe( 'networking/personal-contact', () => {
	it.each( valid )(
		'should not flag official channels or non-invitations: %s',
		( text ) => {
			expect( runSpanRule( rule, text, {}, official ) ).toEqual( [] );
		}
	);

	it.each( invalid )( 'should flag %s', ( text, excerpt ) => {
		const [ finding ] = runSpanRule( rule, text, {}, official );
		expect( finding.excerpt ).toBe( excerpt );
		expect( finding.suggestion ).toBe(
			'contact the practice on (02) 5550 4821'
		);
	} );

	it( 'should find both invitations in one sentence', () => {
		const found = runSpanRule(
			rule,
			'Just text me on 0491 570 156, or email me at kate.rn@gmail.com.'
		);
		expect( found.map( ( f ) => f.excerpt ) ).toEqual( [
			'text me on 0491 570 156',
			'email me at kate.rn@gmail.com',
		] );
		expect( found[ 0 ].suggestion ).toMatch( /official/ );
	} );
} );

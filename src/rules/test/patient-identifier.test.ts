/**
 * Valid/invalid table for privacy/patient-identifier.
 */
import { resetLocaleData, setLocaleData } from '@wordpress/i18n';
import rule, { patterns } from '../patient-identifier';
import { makeContext, makeUnit, runSpanRule } from './helpers';

/** Texts that must not be flagged, with why. */
const valid: Array< [ string, string, object? ] > = [
	[
		'cited researchers',
		'According to Smith et al. (2019), most patients improve. A study by Goddu and colleagues found the same.',
	],
	[
		'researchers named in full',
		'A 2014 meta-analysis by Taylor, Swerdfeger and Eslick found no link.',
	],
	[
		'a credited photographer',
		'Flu vaccine being drawn up. Photo: CDC/James Gathany, Public Health Image Library.',
	],
	[
		'a colleague with a professional title',
		'A shade guide in our surgery. Photo: Dr Priya Shah, own work.',
	],
	[
		'a UK surgeon addressed as Mr',
		'I referred him to Mr Patel, a consultant orthopaedic surgeon.',
	],
	[
		'a byline',
		'Written by Megan O’Connell, Occupational Therapist, AHPRA registration OCC0001234987.',
	],
	[
		'a byline with a council number',
		'By Dr. Ananya Rao, MBBS, MD. Maharashtra Medical Council Reg. No. 2011/06/2754.',
	],
	[
		'the practice’s phone and address',
		'Book by calling our front desk at (773) 555-0186. Walk-in clinics run at our office, 2900 N Lincoln Ave, Chicago, IL 60657.',
	],
	[
		'the practice’s phone after "the practice on"',
		'You can call the practice on (03) 5550 2817 to talk options through.',
	],
	[
		'helplines',
		'In a crisis, call Samaritans free on 116 123, or call 999 in an emergency. In the US, call or text 988.',
	],
	[
		'the author’s own contact (another rule’s business)',
		'If you’re stuck, just text me on 0491 570 156, or email me at katewilson.rn@gmail.com.',
	],
	[
		'a role mailbox',
		'Questions? Write to reception@greenfield-surgery.co.uk.',
	],
	[
		'ages under 90',
		'He’s 84, delirious with a chest infection. A 34-year-old man with type 1 diabetes.',
	],
	[
		'ages over 90 as a group',
		'People aged 90 and over need a different approach; 95-year-olds are the fastest-growing group.',
	],
	[
		'a publication date',
		'The NICE guideline NG106 was published on 12 September 2018.',
	],
	[
		'a clinic date not tied to a person',
		'Walk-in flu clinics run on Saturday 12 October.',
	],
	[
		'a year alone',
		'She was diagnosed in 2019 and started insulin in 2021.',
	],
	[
		'a pseudonym',
		'The patient, whom I’ll call Zoe (not her real name), gave her written consent.',
	],
	[
		'a declared composite',
		'Here is a composite example drawn from several people: Mr Jones, 93, came to A&E every week.',
	],
	[
		'names changed',
		'Names and identifying details have been changed. Mrs Adeyemi was admitted on 3 March.',
	],
	[
		'public figures and places',
		'Florence Nightingale worked in Scutari. We visited Florence and Sydney on holiday.',
	],
	[
		'eponymous diseases and tests',
		'Addison’s disease, Parkinson’s medication and Allen’s test come up often.',
	],
	[
		'multiple sclerosis, not a title',
		'I give written information from MS Canada.',
	],
	[
		'a guideline code and a drug class',
		'NICE NG28 recommends SGLT2 inhibitors and GLP-1 agonists for type 2 diabetes.',
	],
	[ 'a bay number', 'The patient in bay 4 was shouting for his dog.' ],
	[ 'the author’s own birth date', 'I was born on 12 May 1975 in Leeds.' ],
	[ 'the author’s family', 'My mum, Jean, was a nurse there.' ],
	[
		'a negated photo reference',
		'Never post a full-face photo of a patient.',
	],
	[
		'an example format',
		'An NHS number looks like 485 777 3456, for example.',
	],
	[
		'a town after "from"',
		'A man from Halifax, was seen at the walk-in centre.',
	],
	[ 'a year after a plan name', 'Medicare in 2024 covers 80% of the cost.' ],
	[
		'an unowned address (another rule’s business)',
		'Questions? drsmith.derm@gmail.com',
	],
	[
		'a public figure in the news',
		'Kate Middleton’s cancer diagnosis was announced in March.',
	],
	[
		'the author’s own mother',
		'My mother, Patricia, was diagnosed with dementia at 81.',
	],
	[ 'a practice nurse', 'Our practice nurse, Julie, runs the clinic.' ],
	[
		'the author named in settings',
		'My patient Dana Reyes…',
		{ authorNames: [ 'Dana Reyes' ] },
	],
	[
		'an official contact from settings',
		'His daughter rang 0161 496 0734 to ask.',
		{ officialContacts: [ '0161 496 0734' ] },
	],
	[
		'a city whose name starts with a fond word',
		'We drove to Little Rock for the conference.',
	],
	[
		'a named awareness month',
		'During Heart Month on 14 February the clinic offers free checks.',
	],
	[
		'an organisation’s handle to follow',
		'She says to follow @NHSEngland on Twitter for updates.',
	],
	[
		'an organisation’s handle quoted as a source',
		'She found the advice from @NHSuk on Instagram helpful.',
	],
	[
		'the author’s own handle',
		'Find me on Instagram as @dr.kate.rn for more tips.',
	],
	[
		'a campaign handle with no person',
		'The campaign runs on TikTok as @heartchecks.',
	],
	[
		'the author’s own fundraising page',
		'I am running the marathon for the hospice: my page is justgiving.com/page/dr-sam-runs.',
	],
	[
		'a fundraising site with no page',
		'Crowdfunding sites such as gofundme.com charge fees.',
	],
	[
		'a plate-shaped code with no vehicle',
		'Her test kit code was AB12 CDE.',
	],
	[
		'country initials',
		'He trained in the U.K. before moving to the U.S. in 2010.',
	],
	[
		'a colleague’s initials after a professional title',
		'I referred her to Dr A.K. Menon.',
	],
	[
		'a figure of medicine’s history',
		'Joseph Lister, who brought carbolic acid onto his wards, cut deaths after his surgery.',
	],
	[
		'names declared changed "in this blog"',
		'Rahul came in with chest pain. Names and places in this blog have been changed.',
	],
	[
		'a column’s mailbox for readers',
		'A reader can send questions to askthegp@clinicnews.com.',
	],
	[
		'a famous person’s health story',
		'Stephen Hawking lived with ALS for decades. He was diagnosed at 21.',
	],
	[
		'a cited researcher followed by "he"',
		'John Smith and colleagues ran the trial. He reported that our patients improved.',
	],
	[
		'a colleague introduced by name',
		'Emma Clarke has worked as a district nurse for 20 years. She came to our county from Leeds and is seen as the team’s anchor.',
	],
	[
		'a new colleague who runs a clinic',
		'Emma Clarke joined our practice in 2019. She runs the clinic where I was first seen as a student.',
	],
	[
		'the author’s own relative with a professional title',
		'My brother, Dr Sean Byrne, reviewed this post.',
	],
	[
		'a guideline author named with a given name from any language',
		'Nomvula Dlamini wrote the national guideline. She came to our clinic to teach.',
	],
	[
		'country initials after a patient noun',
		'Every patient U.S. visa rule changed in 2020.',
	],
	[
		'a date of a place named like a person',
		'Warren County shut its swimming pools on 3 August.',
	],
	[
		'an organisation’s event date after "their"',
		'Their flu clinic on 12 June is open to everyone.',
	],
	[
		'an opening date of a building',
		'The surgery on Main Street opens on June 3, 2024.',
	],
	[
		'a direction letter with a full stop that starts no street',
		'Our team covers zone 12 E. Most calls come at night.',
	],
	[
		'the practice’s own address after "sent to our office at"',
		'Referral letters are sent to our office at 480 S. Mill Ave.',
	],
	[
		'a file number of an example in a form guide',
		'Write the file number on the form, for example KHN-19-00321.',
	],
	[
		'a hospital’s number after a saint’s name in the possessive',
		'Our ward clerk keeps St Mary’s number, 0207 886 6600, by the phone.',
	],
	[
		'a ward and bed code, not a plate',
		'She was moved in a wheelchair to ICU B 12 after her scan.',
	],
	[
		'a plate-shaped code with no vehicle in the sentence',
		'His blood sample went to lab bench KL-M 204 for testing.',
	],
	[
		'a building whose predicate is a number with a unit',
		'Nairobi West Hospital was four storeys high before the new wing.',
	],
	[
		'a season of an illness, not a person’s symptom',
		'She warned parents early. The fever season started on 1 June this year.',
	],
	[
		'a symptom with no person in the sentence before',
		'Measles spread through the district. The rash came on 14 March in most schools.',
	],
];

/** [text, expected excerpts with messageIds, first fix text]. */
const invalid: Array< [ string, Array< [ string, string ] >, string? ] > = [
	[
		'Last month I went to see Margaret Ellis, a 92-year-old retired seamstress, in LS6 2QT. Her GP had referred her on 3 February 2024.',
		[
			[ 'Margaret Ellis', 'name' ],
			[ '92-year-old', 'age' ],
			[ 'LS6 2QT', 'postcode' ],
			[ '3 February 2024', 'date' ],
		],
		'[name]',
	],
	[
		'Last Tuesday an elderly gentleman, Mr. Ramesh Kulkarni, came to our counter.',
		[ [ 'Mr. Ramesh Kulkarni', 'name' ] ],
		'[name]',
	],
	[
		'I noted his ABHA health ID, 91-4521-8876-3309, and his mobile number, 98220 45617.',
		[
			[ '91-4521-8876-3309', 'recordNumber' ],
			[ '98220 45617', 'phone' ],
		],
		'[record number]',
	],
	[
		'I dropped his medicine box at his home, Flat 4B, Sai Krupa Apartments, Karve Road.',
		[ [ 'Flat 4B, Sai Krupa Apartments, Karve Road', 'address' ] ],
		'[address]',
	],
	[
		'Harold Jennings was a 97-year-old retired mail carrier. He lived alone at 1842 Alder Street.',
		[
			[ 'Harold Jennings', 'name' ],
			[ '97-year-old', 'age' ],
			[ '1842 Alder Street', 'address' ],
		],
	],
	[ 'His wife, Ruth, had died two winters earlier.', [ [ 'Ruth', 'name' ] ] ],
	[
		'Harold died peacefully on March 9, 2024, with his neighbor holding his hand.',
		[
			[ 'Harold', 'name' ],
			[ 'March 9, 2024', 'date' ],
		],
	],
	[
		'The message came from a man with MRN 00482913 who lives in ZIP code 93291. He wrote from his personal account, dave.harlan62@gmail.com.',
		[
			[ '00482913', 'recordNumber' ],
			[ '93291', 'postcode' ],
			[ 'dave.harlan62@gmail.com', 'email' ],
		],
	],
	[
		'His pump, serial number NG4471209H, showed no alarms. The insurer approved it under Blue Shield member ID XEH912847563.',
		[
			[ 'NG4471209H', 'device' ],
			[ 'XEH912847563', 'healthPlan' ],
		],
		'[serial number]',
	],
	[
		'My patient Donna, born 04/17/1958, has type 2 diabetes. I was asked for her SSN, 412-55-0193, and her member ID, UHC 948213756.',
		[
			[ 'Donna', 'name' ],
			[ '04/17/1958', 'date' ],
			[ '412-55-0193', 'ssn' ],
			[ 'UHC 948213756', 'healthPlan' ],
		],
	],
	[
		'Someone had typed his NHS number as 943 476 5919 on one form.',
		[ [ '943 476 5919', 'recordNumber' ] ],
		'[record number]',
	],
	[
		'Tyler Brooks before starting isotretinoin: full-face photo taken 12 January 2024.',
		[
			[ 'Tyler Brooks', 'name' ],
			[ 'full-face photo', 'photo' ],
			[ '12 January 2024', 'date' ],
		],
	],
	[
		'When I met Priya she was 32 and newly pregnant.',
		[ [ 'Priya', 'name' ] ],
	],
	[
		'Yesterday Ramesh came in with chest pain, and later Mrs. Oyelaran arrived with her son Tunde.',
		[
			[ 'Ramesh', 'name' ],
			[ 'Mrs. Oyelaran', 'name' ],
			[ 'Tunde', 'name' ],
		],
	],
	[
		'Her date of birth is 12/03/1951. She is aged 101.',
		[
			[ '12/03/1951', 'date' ],
			[ 'aged 101', 'age' ],
		],
	],
	[
		'He gave me his daughter’s number, 0412 345 678, in case anything changed.',
		[ [ '0412 345 678', 'phone' ] ],
	],
	[
		'The serial number of his pacemaker was MDT-44821-X.',
		[ [ 'MDT-44821-X', 'device' ] ],
	],
	[
		'She was brought into resus by her son, Marcus. Mrs Smith was 90 last week.',
		[
			[ 'Marcus', 'name' ],
			[ 'Mrs Smith', 'name' ],
			[ '90', 'age' ],
		],
	],
	[
		'The nurse posted a close-up of her face at instagram.com/jenny.patient.',
		[
			[ 'close-up of her face', 'photo' ],
			[ 'instagram.com/jenny.patient', 'url' ],
		],
	],
	[
		'She emailed me from jane.k.doe@hotmail.com at midnight.',
		[ [ 'jane.k.doe@hotmail.com', 'email' ] ],
		'[email address]',
	],
	[
		'Smt. Lakshmi Devi, 78, was admitted. Her UHID 2023/45678 was on the wristband. She lives in Parramatta NSW 2150.',
		[
			[ 'Smt. Lakshmi Devi', 'name' ],
			[ '2023/45678', 'recordNumber' ],
			[ '2150', 'postcode' ],
		],
	],
	[
		'We admitted Dorothy on Christmas Eve. Patient: John D., MRN# 5503321.',
		[
			[ 'Dorothy', 'name' ],
			[ 'John', 'name' ],
			[ '5503321', 'recordNumber' ],
		],
	],
	[
		'Little Sofia Marchetti, born 2 March 2023, had a fever. On Tuesday, baby Noah was admitted.',
		[
			[ 'Sofia Marchetti', 'name' ],
			[ '2 March 2023', 'date' ],
			[ 'Noah', 'name' ],
		],
	],
	[
		'This month I have been working with a man who was discharged on 3/11/2024.',
		[ [ '3/11/2024', 'date' ] ],
	],
	[
		'Last week a retired teacher named Colm O’Brien came in with chest pain.',
		[ [ 'Colm O’Brien', 'name' ] ],
	],
	[
		'I treated a 7-year-old, Leo, last week. Her grandfather died in May; he was ninety-four.',
		[
			[ 'Leo', 'name' ],
			[ 'ninety-four', 'age' ],
		],
	],
	[
		'I saw Aiyana Redcloud, 96, in clinic yesterday.',
		[
			[ 'Aiyana Redcloud', 'name' ],
			[ '96', 'age' ],
		],
	],
	[
		'Our first job was a fall at 27 Banksia Crescent, Frankston.',
		[ [ '27 Banksia Crescent, Frankston', 'address' ] ],
	],
	[
		'Mrs Patel lived at 22 Elm Grove, Bristol BS6 5AB.',
		[
			[ 'Mrs Patel', 'name' ],
			[ '22 Elm Grove, Bristol BS6 5AB', 'address' ],
		],
	],
	[
		'Thomas Berg ran a bakery for forty years. He was admitted to our ward last spring with a hip fracture.',
		[ [ 'Thomas Berg', 'name' ] ],
	],
	[
		'Nomvula Dlamini taught maths for years. She came to our clinic with chest pain.',
		[ [ 'Nomvula Dlamini', 'name' ] ],
	],
	[
		'Mrs J. Smith’s knee was swollen again.',
		[ [ 'Mrs J. Smith', 'name' ] ],
	],
	[
		'Rosa Lindgren kept bees all her life. She came to our clinic with her sister after a fall.',
		[ [ 'Rosa Lindgren', 'name' ] ],
	],
	[
		'His daughter, Prof Anna Weber, flew in from Berlin.',
		[ [ 'Anna Weber', 'name' ] ],
	],
	[
		'Paramedics noted his ute (plate QRT719) in the ditch.',
		[ [ 'QRT719', 'vehicle' ] ],
	],
	[
		'We spotted her blue Fiesta, LM21 VBX, in the car park.',
		[ [ 'LM21 VBX', 'vehicle' ] ],
	],
	[
		'Mr D. came back with his wife, Mrs D., the next day.',
		[
			[ 'Mr D.', 'name' ],
			[ 'Mrs D.', 'name' ],
		],
	],
	[
		'I first saw my client J.T. in March. Later J.T. told me he had stopped drinking.',
		[
			[ 'J.T.', 'name' ],
			[ 'J.T.', 'name' ],
		],
	],
	[
		'His daughter shares his progress on TikTok as @grandpa.walks.again.',
		[ [ '@grandpa.walks.again', 'url' ] ],
	],
	[
		'Her friends raised money for her wheelchair at justgiving.com/crowdfunding/aminas-chair.',
		[ [ 'justgiving.com/crowdfunding/aminas-chair', 'url' ] ],
	],
	[
		'Whoever wrote in from tomsmith.88@gmail.com: your message bounced.',
		[ [ 'tomsmith.88@gmail.com', 'email' ] ],
	],
	[
		'She is recovering well after her operation on 14 August 2023 at the county clinic.',
		[ [ '14 August 2023', 'date' ] ],
	],
	[
		'He was nervous before his second operation on 9 May 2022 at the day-surgery clinic.',
		[ [ '9 May 2022', 'date' ] ],
	],
	[
		'My last home visit was to 14 Willow Lane.',
		[ [ '14 Willow Lane', 'address' ] ],
	],
	[
		'Here is a full-face photo of J.K. at his first appointment.',
		[ [ 'full-face photo', 'photo' ] ],
	],
	[
		'Her daughter found her collapsed at 77 N. Cedar Ave that evening.',
		[ [ '77 N. Cedar Ave', 'address' ] ],
	],
	[
		'The crew was dispatched to a bungalow at 905 E. Maple Rd for a fall.',
		[ [ '905 E. Maple Rd', 'address' ] ],
	],
	[
		'I copied his hospital file number, MRH-0093127, onto the referral.',
		[ [ 'MRH-0093127', 'recordNumber' ] ],
	],
	[
		'Her folder number was 4471902 when she came back to casualty.',
		[ [ '4471902', 'recordNumber' ] ],
	],
	[
		'He was admitted with pneumonia. I wrote Esther’s mobile, 0733 219 884, on his chart so the night nurse could call her.',
		[ [ '0733 219 884', 'phone' ] ],
	],
	[
		'Her husband drove her in; their car, M-KR 4471, was still outside at midnight.',
		[ [ 'M-KR 4471', 'vehicle' ] ],
	],
	[
		'He rode in on his scooter, HH AB 907, with a swollen ankle.',
		[ [ 'HH AB 907', 'vehicle' ] ],
	],
	[
		'She left her car, FG-482-KL, in the ambulance bay.',
		[ [ 'FG-482-KL', 'vehicle' ] ],
	],
	[
		'The boy in bed three had a cough. Amani Wekesa was two, and his fever would not settle.',
		[ [ 'Amani Wekesa', 'name' ] ],
	],
	[
		'Emeka Obi is 9 years old and has had asthma since he could walk.',
		[ [ 'Emeka Obi', 'name' ] ],
	],
	[
		'Her grandmother sponged her all night. The fever finally broke on 4 March.',
		[ [ '4 March', 'date' ] ],
	],
];

describe( 'privacy/patient-identifier', () => {
	// Every row gets all its columns, so Jest does not take a missing one for `done`.
	it.each(
		valid.map(
			( [ why, text, context ] ) => [ why, text, context ?? {} ] as const
		)
	)( 'should not flag %s', ( _why, text, context ) => {
		expect( runSpanRule( rule, text, {}, context ) ).toEqual( [] );
	} );

	it.each(
		invalid.map(
			( [ text, expected, fix ] ) =>
				[ text, expected, fix ?? '' ] as const
		)
	)( 'should flag the identifiers in “%s”', ( text, expected, fix ) => {
		const results = runSpanRule( rule, text );
		expect( results.map( ( r ) => [ r.excerpt, r.messageId ] ) ).toEqual(
			expected
		);
		expect( fix ? results[ 0 ].fix : '' ).toBe( fix );
	} );

	it( 'should report every mention of a name shown to be a patient’s', () => {
		const text =
			'My patient Donna has diabetes. Donna’s appeal is still pending.';
		expect( runSpanRule( rule, text ).map( ( r ) => r.excerpt ) ).toEqual( [
			'Donna',
			'Donna',
		] );
	} );

	it( 'should offer to generalise an age over 89 and a full date', () => {
		const [ age ] = runSpanRule(
			rule,
			'She is a 94-year-old former teacher.'
		);
		expect( age.suggestion ).toBe( '90-plus-year-old' );
		const text = 'Her GP referred her on 3 February 2024 with a wound.';
		const [ date ] = rule.check( makeUnit( text ), makeContext() );
		const on = text.indexOf( 'on 3' );
		const end = text.indexOf( ' with' );
		expect( date.suggestions?.map( ( s ) => s.fix ) ).toEqual( [
			{ type: 'replace', range: [ on, end ], text: 'in 2024' },
			{ type: 'replace', range: [ on, end ], text: 'recently' },
		] );
	} );

	it( 'should offer no text fix for a photo but explain what to do', () => {
		const unit = makeUnit(
			'Tyler Brooks: full-face photo taken before treatment.'
		);
		const photo = rule
			.check( unit, makeContext() )
			.find( ( r ) => r.messageId === 'photo' );
		expect( photo?.fix ).toBeUndefined();
		expect(
			rule.meta.messages.photo( { excerpt: 'full-face photo' } )
		).toContain( 'consent' );
	} );

	it( 'should use the translations loaded after its first findings', () => {
		// Translations are cached, so the cache must follow the locale data.
		expect(
			runSpanRule( rule, 'My patient Donna is 94 years old.' )[ 0 ].fix
		).toBe( '[name]' );
		setLocaleData(
			{
				'': { domain: 'hcp-compliance' },
				'[name]': [ '[nom]' ],
				'over 90 years old': [ 'plus de 90 ans' ],
				'“%s” looks like the name of a patient or another private person. Names identify patients (HIPAA Safe Harbor, 45 CFR 164.514(b)(2); GMC confidentiality guidance): remove it, or use a pseudonym and say that it is one.':
					[ '« %s » ressemble au nom d’un patient.' ],
			},
			'hcp-compliance'
		);
		try {
			const [ name, age ] = runSpanRule(
				rule,
				'My patient Ruth is 95 years old.'
			);
			expect( name.fix ).toBe( '[nom]' );
			expect( age.suggestion ).toBe( 'plus de 90 ans' );
			expect( rule.meta.messages.name( { excerpt: 'Ruth' } ) ).toBe(
				'« Ruth » ressemble au nom d’un patient.'
			);
		} finally {
			resetLocaleData( undefined, 'hcp-compliance' );
		}
		expect( rule.meta.messages.name( { excerpt: 'Ruth' } ) ).toContain(
			'looks like the name'
		);
	} );

	it( 'should stay fast on a huge unpunctuated text', () => {
		const text = 'Mr Smith 123456789 '.repeat( 20000 );
		const started = Date.now();
		rule.check( makeUnit( text ), makeContext() );
		expect( Date.now() - started ).toBeLessThan( 5000 );
	} );

	it( 'should list its regular expressions for the ReDoS test', () => {
		expect( patterns.length ).toBeGreaterThan( 10 );
		patterns.forEach( ( re ) => expect( re ).toBeInstanceOf( RegExp ) );
	} );
} );
